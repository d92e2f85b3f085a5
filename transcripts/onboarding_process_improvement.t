# Onboarding for a process-improvement lead: how the four models relate, where CMM and ITIL
# overlap, and what the document itself gets wrong.
#
# The four models side by side. "and ISO?" adds ISO 9000 to the comparison.
> how do the models relate?
“How do they relate?” “The focus for CMM is software development and maintenance, while the focus
for ITIL is service management/operations. In reviewing the touch points between the two (see graph
and the tables in appendix), the amount of duplication is small in comparison to the number of
interfaces and touch points. This suggests the need for: strongly synchronized work efforts; clear
definition of interfaces, roles, and responsibilities; participation from both efforts at a level
appropriate to the density of the touch points (e.g., joint process action team membership, subject
matter expert guidance, and/or process reviewer)” “The focus of both CMM and ITIL initiatives should
be on improvement within the respective development and production organizations, as well as on
improved cooperation between the two organizations.”
Sources: [observations:question-relate] [observations:duplication-small]
[observations:appendix-improvement-focus] [observations:need-synchronized-efforts]
[observations:need-clear-interfaces] [observations:need-participation]
Try: Where is the densest touch point? | Do CMM and ITIL contradict each other?

> compare ITIL and CMM on audience
ITIL and CMM compared on audience, in the comparison table's words:
model                audience
──────────────────────────────────────────────────────────────────────────────────────────────────
ITIL (models:itil)   Specifically developed for IT Service Management and Operations
CMM (models:cmm)     Specifically developed for software development and maintenance organizations
Sources: [models:itil/audience] [models:cmm/audience]
Try: Compare them on level of abstraction | Compare them on approach

> and ISO?
ITIL, CMM, ISO 9000 compared on audience, in the comparison table's words:
model                       audience
────────────────────────────────────────────────────────────────────────────────────────────────────
ITIL (models:itil)          Specifically developed for IT Service Management and Operations
CMM (models:cmm)            Specifically developed for software development and maintenance
                            organizations
ISO 9000 (models:iso9000)   Originally developed for manufacturing, but generic enough to be applied
                            to any product/service organization
Sources: [models:itil/audience] [models:cmm/audience] [models:iso9000/audience]
Try: Compare them on level of abstraction | Compare them on approach

> which is most holistic?
Malcolm Baldrige, by the comparison table: granularity: “7 criteria (Holistic; Total quality
management)”. The other models' cells are below.
model                                dimension     cell
──────────────────────────────────────────────────────────────────────────────────────────────────
Malcolm Baldrige (models:baldrige)   granularity   7 criteria (Holistic; Total quality management)
CMM (models:cmm)                     granularity   18 Key Process Areas (Specific)
ITIL (models:itil)                   granularity   48 modules/processes (Specific)
ISO 9000 (models:iso9000)            granularity   20 high level requirements (General)
Sources: [models:baldrige/granularity] [models:cmm/granularity] [models:itil/granularity]
[models:iso9000/granularity]
Try: What is Malcolm Baldrige?

> which one is pass/fail audited?
ISO 9000, by the comparison table: approach: “Provides high level auditable requirements without
‘how to’ guidance to prepare for an audit. Organizations either pass or fail the audit.” The other
models' cells are below.
model                                dimension   cell
────────────────────────────────────────────────────────────────────────────────────────────────────
ISO 9000 (models:iso9000)            approach    Provides high level auditable requirements without
                                                 ‘how to’ guidance to prepare for an audit.
                                                 Organizations either pass or fail the audit.
CMM (models:cmm)                     approach    Provides quantifiable goals and an approach for
                                                 ‘what’ to do without being prescriptive.
                                                 Assessments are conducted to determine if a
                                                 maturity level has been attained
ITIL (models:itil)                   approach    Provides service objectives and some key activities
                                                 and key indicators for review. Maturity
                                                 measurements based on Pink Elephant maturity model.
Malcolm Baldrige (models:baldrige)   approach    High level holistic model for improving the quality
                                                 of your entire organization. The approach is
                                                 self-improvement towards top performance focusing
                                                 on 7 key areas.
Sources: [models:iso9000/approach] [models:cmm/approach] [models:itil/approach]
[models:baldrige/approach]
Try: What is ISO 9000?

> what does Baldrige focus on?
Malcolm Baldrige, focus: “Focus on seven areas: Customers Focus and Satisfaction (quality), Process
Management as well as Leadership, Strategic Planning, Human Resources Development and Management,
Information and Analysis, Business Results. MB model can be applied to any organization. It is
broader and 'deeper' than ISO, ITIL or CMM. By addressing all seven MB areas, improvement
initiatives like ISO, ITIL or CMM will benefit.” The 7 areas: Customers Focus and Satisfaction
(quality); Process Management; Leadership; Strategic Planning; Human Resources Development and
Management; Information and Analysis; Business Results.
Sources: [models:baldrige/focus]
Try: Compare Malcolm Baldrige and CMM on focus | What is Malcolm Baldrige?

---
# The document's observations: overlap, contradictions, why improve in unison.
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

> do CMM and ITIL contradict each other?
No. “The densest touch point between production and development, documented in the graph below, is
in the area of Configuration and Change Management. The question is not one or the other, but how to
implement a single process that satisfies the requirements of both departments. There is no
contradiction between the two models (CMM and ITIL), so the teams should develop a unified process
(‘the what’), with targeted procedures (‘the how’).”
Sources: [observations:question-contradictions] [observations:densest-touch-point]
Try: Where is the densest touch point?

> why must the efforts be synchronized?
“The focus for CMM is software development and maintenance, while the focus for ITIL is service
management/operations. In reviewing the touch points between the two (see graph and the tables in
appendix), the amount of duplication is small in comparison to the number of interfaces and touch
points. This suggests the need for: strongly synchronized work efforts; clear definition of
interfaces, roles, and responsibilities; participation from both efforts at a level appropriate to
the density of the touch points (e.g., joint process action team membership, subject matter expert
guidance, and/or process reviewer)”
Sources: [observations:duplication-small] [observations:need-synchronized-efforts]
[observations:need-clear-interfaces] [observations:need-participation]
Try: Is there overlap or redundancy? | Where is the densest touch point?

> how do we get the highest return on investment?
“How do we get the highest return on investment from our efforts?” “By identifying the touch points
between development and production, and promoting best practices using the CMM and ITIL in their
respective areas, the organization can leverage expertise and experience from within (e.g., employee
experiences and documented practices) and from without (e.g., industry best practices).” “To improve
the client’s perception of IT, it is important to improve both groups in unison, as the viewpoint of
the client is the IT service as a whole. Additionally, improvements in one group will positively
impact the aspects of quality in the other group (e.g., interfaces, deliverables, and
responsibilities between the two groups will be clearly defined and understood).”
Sources: [observations:question-roi] [observations:leverage-expertise]
[observations:improve-in-unison]
Try: Where is the densest touch point? | Do CMM and ITIL contradict each other?

---
# Holes and defects to know before you plan anything on top of the tables.
> which KPAs have no touch points?
Software Quality Assurance (SQA): “No significant touch points with production for this Key Process
Area (KPA).”
Sources: [cmm_to_itil:SQA]
Try: Which rows have an empty mapping? | How many KPAs does CMM have?

> which references have no matching row?
7 ITIL-to-CMM references have no CMM-to-ITIL row, 18 point at rows that do not map back, 1 process
appears only in the CMM-to-ITIL column and 3 only in the ITIL-to-CMM table.
gap                          ITIL process                       reference / rows
────────────────────────────────────────────────────────────────────────────────────────────────────
no CMM-to-ITIL row           Helpdesk / Incident Management     L2: SCM Activity 5
no CMM-to-ITIL row           Problem Management                 L2: SCM Activity 5
no CMM-to-ITIL row           Problem Management                 L2: SPTO Activity 9
no CMM-to-ITIL row           Change Management                  L2: SCM Activity 5
no CMM-to-ITIL row           Configuration Management           L2: SCM Activity 4
no CMM-to-ITIL row           Configuration Management           L2: SCM Activity 8
no CMM-to-ITIL row           Security Management                L2: SCM Ability 2
row does not map back        Change Management                  L2: SCM Ability 1 → SCM.AB1
row does not map back        Software Control & Distribution    L2: SCM Activity 2 → SCM.AC1+AC2
row does not map back        Software Control & Distribution    L3: SPE Activity 8 → SPE.AC8
row does not map back        Computer / Network Operations      L2: SPP Activity 11 → SPP.AC11
row does not map back        Computer / Network Operations      L2: SCM Activity 3 → SCM.AC3
row does not map back        Customer Relationship Management   L3: SPE Activity 2 → SPE.AC2
row does not map back        Customer Relationship Management   L3: IC Activity 1 → IC.AC1
row does not map back        Service Level Management           L2: RM Activity 1 →
                                                                RM.AC1+AC3+VE1+VE2
row does not map back        Service Level Management           L3: SPE Activity 2 → SPE.AC2
row does not map back        Service Level Management           L3: IC Activity 7 → IC.AC2+AC7
row does not map back        Availability Management            L2: RM Activity 1 →
                                                                RM.AC1+AC3+VE1+VE2
row does not map back        Security Management                L2: SCM Activity 3 → SCM.AC3
row does not map back        Contingency Planning               L2: SPP Activity 13 → SPP.AC13
row does not map back        Contingency Planning               L2: SPTO Activity 10 → SPTO.AC10
row does not map back        Contingency Planning               L3: SPE Activity 10 → SPE.AC10
row does not map back        Planning and Control               L2: SPTO KPA → SPTO.CO2, SPTO.AB1,
                                                                SPTO.AC2+AC3+AC4, SPTO.AC5+AC6+AC8,
                                                                SPTO.AC7, SPTO.AC10,
                                                                SPTO.AC13+VE1+VE2
row does not map back        Business IT Alignment              L3: SPE Activity 2 → SPE.AC2
row does not map back        Business IT Alignment              L3: ISM Activity 11 →
                                                                ISM.AC11+VE1+VE2
only in CMM-to-ITIL column   Cost                               SPP.AC9+AC10, OPF.AB2
only in ITIL-to-CMM table    Security Management                no CMM-to-ITIL row maps to it
only in ITIL-to-CMM table    Contingency Planning               no CMM-to-ITIL row maps to it
only in ITIL-to-CMM table    Business IT Alignment              no CMM-to-ITIL row maps to it
Sources: [itil_to_cmm:helpdesk-incident-management] [itil_to_cmm:problem-management]
[itil_to_cmm:change-management] [itil_to_cmm:configuration-management]
[itil_to_cmm:security-management] [cmm_to_itil:SCM.AB1] [itil_to_cmm:software-control-distribution]
[cmm_to_itil:SCM.AC1+AC2] [cmm_to_itil:SPE.AC8] [itil_to_cmm:computer-network-operations]
[cmm_to_itil:SPP.AC11] [cmm_to_itil:SCM.AC3] [itil_to_cmm:customer-relationship-management]
[cmm_to_itil:SPE.AC2] [cmm_to_itil:IC.AC1] [itil_to_cmm:service-level-management]
[cmm_to_itil:RM.AC1+AC3+VE1+VE2] [cmm_to_itil:IC.AC2+AC7] [itil_to_cmm:availability-management]
[itil_to_cmm:contingency-planning] [cmm_to_itil:SPP.AC13] [cmm_to_itil:SPTO.AC10]
[cmm_to_itil:SPE.AC10] [itil_to_cmm:planning-control] [cmm_to_itil:SPTO.CO2] [cmm_to_itil:SPTO.AB1]
[cmm_to_itil:SPTO.AC2+AC3+AC4] [cmm_to_itil:SPTO.AC5+AC6+AC8] [cmm_to_itil:SPTO.AC7]
[cmm_to_itil:SPTO.AC13+VE1+VE2] [itil_to_cmm:business-it-alignment] [cmm_to_itil:ISM.AC11+VE1+VE2]
[cmm_to_itil:SPP.AC9+AC10] [cmm_to_itil:OPF.AB2]
Try: Which ITIL process touches the most CMM practices? | Which rows have an empty mapping?

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
# The assistant will not pick a model for you: it asks which reading you meant.
> which should we adopt first?
The document makes no single recommendation. Which of these did you mean?
  - Compare the four models
  - How do we get the highest return on investment?
  - How do the models relate?
