# Regression: the document itself. Intents observation, glossary, defects and help.
> is there overlap or redundancy?
Yes, but it is small. “The focus for CMM is software development and maintenance, while the focus
for ITIL is service management/operations. In reviewing the touch points between the two (see graph
and the tables in appendix), the amount of duplication is small in comparison to the number of
interfaces and touch points. This suggests the need for: strongly synchronized work efforts; clear
definition of interfaces, roles, and responsibilities; participation from both efforts at a level
appropriate to the density of the touch points (e.g., joint process action team membership, subject
matter expert guidance, and/or process reviewer)”
Sources: [observations:question-overlap] [observations:duplication-small]
[observations:need-synchronized-efforts] [observations:need-clear-interfaces]
[observations:need-participation]
Try: Where is the densest touch point? | Do CMM and ITIL contradict each other?

> why is ISO 9001 hard for software organizations?
“For organizations in the software industry, it is often difficult to interpret the requirements of
ISO 9001, since it was written with a ‘hardware’ orientation. Even though every requirement is ISO
9001 does have a corollary in software, it can be a daunting task due to the compact wording.”
Sources: [observations:iso9001-software]
Try: Is there overlap or redundancy? | Where is the densest touch point?

> where is the densest touch point?
“The densest touch point between production and development, documented in the graph below, is in
the area of Configuration and Change Management. The question is not one or the other, but how to
implement a single process that satisfies the requirements of both departments. There is no
contradiction between the two models (CMM and ITIL), so the teams should develop a unified process
(‘the what’), with targeted procedures (‘the how’).”
Sources: [observations:densest-touch-point]
Try: Is there overlap or redundancy?

---
> what does SC&D stand for?
SC&D stands for Software Control & Distribution. The document spells it out in
itil_to_cmm:software-control-distribution.
Sources: [vocabulary:SC&D] [itil_to_cmm:software-control-distribution]
Try: What does KPA stand for? | What does SCCB stand for?

> what is a SOW?
SOW stands for statement of work. The document spells it out in cmm_to_itil:SPP.AB1.
Sources: [vocabulary:SOW] [cmm_to_itil:SPP.AB1]
Try: What does KPA stand for? | What does SC&D stand for?

> what does KPA stand for?
KPA stands for Key Process Area. The document spells it out in cmm_to_itil:SQA, models:cmm.
Sources: [vocabulary:KPA] [cmm_to_itil:SQA] [models:cmm/granularity]
Try: What does SC&D stand for? | What does SCCB stand for?

---
> what are the mistakes in the document?
The document has 7 known defects: (1) The Level 3 table heads two blocks "Organizational Process
Definition". The first block's practices (coordinating process development and improvement, the
group responsible for process activities, periodic assessment) are those of Organization Process
Focus in CMM v1.1, so they are keyed OPF here; the printed heading is kept. (2) The comparison table
gives CMM "18 Key Process Areas", but the CMM-to-ITIL tables cover only the 13 KPAs of Levels 2 and
3. (3) The comparison table gives ITIL "48 modules/processes", but the ITIL-to-CMM table lists 14
ITIL processes, the "fourteen processes in total" of the Service Support and Service Delivery sets
that the PinkScan measurement covered. (4) The Level 3 table stops inside Peer Reviews: only AB3 and
AC1 are printed, both with an empty mapping. (5) "Cost" appears only in the CMM-to-ITIL mapping
column (SPP AC9, AC10 and OPF AB2); the ITIL-to-CMM table has no Cost process. (6) The densest touch
point is "documented in the graph below", but the graph is not part of the text; the figures here
are counted from the two tables. (7) The first Level 3 block prints the practice code "C02" (with a
zero); it is read as CO2.
Sources: [defects:two-opd-headings] [defects:eighteen-kpas] [defects:forty-eight-processes]
[defects:level3-table-truncated] [defects:cost-one-sided] [defects:graph-missing]
[defects:misprint-c02] [models:cmm/granularity] [models:itil/granularity]
[observations:levels-and-sets] [observations:densest-touch-point] [cmm_to_itil:OPF.CO1+CO2+CO3]

---
> help
I answer questions about the four models (what each is, one dimension, comparisons), the ITIL
processes, the CMM key practices, the observations, abbreviations and counts, citing every row.
Try: what does dev hand to problem mgmt? | SPP AC11? | compare ITIL and ISO on audience
