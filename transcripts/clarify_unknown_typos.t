# Regression: what the assistant does when it cannot simply answer. A clarifying question
# (status clarify), an honest "I don't know" (status unknown), misspellings it still reads,
# and the /why and /clear commands.
> which should we adopt first?
The document makes no single recommendation. Which of these did you mean?
  - Compare the four models
  - How do we get the highest return on investment?
  - How do the models relate?

---
# A practice code without a KPA: several KPAs have an AC1.
> AC1?
Which KPA's AC1? Several KPAs have one.
  - RM AC1?
  - SPP AC1?
  - SCM AC1?
  - OPF AC1?
  - OPD AC1?
  - SPE AC1?
  - IC AC1?
  - PR AC1?

> /why
'AC1?': clarify, confidence 0.6
Parse: intent=cmm_practice score=0.6
  code AC1 of (no KPA) matched 'AC1'
  runner-up: none
  slots: practices=AC1

---
> tell me a joke
I don't know: that is outside the crosswalk document. I can answer questions about its four models,
the ITIL-to-CMM and CMM-to-ITIL tables and its observations.
  - What is ITIL?
  - Which CMM practices map to Change Management?
  - Where is the densest touch point?

---
> what is cobit?
I don't know: that is outside the crosswalk document. I can answer questions about its four models,
the ITIL-to-CMM and CMM-to-ITIL tables and its observations.
  - What is ITIL?
  - Which CMM practices map to Change Management?
  - Where is the densest touch point?

---
# Misspelled names: "baldridge", "ITIl", "managment". The two /why lines that end in " (re)" are
# regular expressions: the scores may drift without the reading changing. Refresh this file with
# `crosswalk transcript check --update`, which keeps (re) lines that still match.
> baldridge granularity
Malcolm Baldrige's granularity is “7 criteria”: 7 criteria, perceived as Holistic.
Sources: [models:baldrige/granularity]
Try: Compare Malcolm Baldrige and CMM on granularity | What is Malcolm Baldrige?

> /why
'baldridge granularity': answered, confidence 0\.\d+ (re)
Parse: intent=model_dimension score=0\.\d+ (re)
  entity model=baldrige matched 'baldridge' score \d+(\.\d+)? (re)
  cues: dim:granularity
  runner-up: model_define score 0.55
  slots: models=baldrige; dimension=granularity

---
> what is ITIl?
IT Infrastructure Library (ITIL), in the comparison table's words: “A framework of best practices
documented in an abstract fashion to be applicable to any IT organization. Process maturity was
measured through PinkScan, a maturity model for ITIL processes developed by Pink Elephant”.
Audience: “Specifically developed for IT Service Management and Operations”.
dimension              ITIL (models:itil)
────────────────────────────────────────────────────────────────────────────────────────────────────
level of abstraction   A framework of best practices documented in an abstract fashion to be
                       applicable to any IT organization. Process maturity was measured through
                       PinkScan, a maturity model for ITIL processes developed by Pink Elephant
audience               Specifically developed for IT Service Management and Operations
approach               Provides service objectives and some key activities and key indicators for
                       review. Maturity measurements based on Pink Elephant maturity model.
granularity            48 modules/processes (Specific)
focus                  Main focus on processes, customer and cost/quality equation. Management
                       (style), policy and training are important factors for success. Specific for
                       IT service management
Sources: [models:itil]
Try: What does ITIL focus on? | Compare ITIL and CMM

> who is it for?
ITIL, audience: “Specifically developed for IT Service Management and Operations”.
Sources: [models:itil/audience]
Try: Compare ITIL and CMM on audience | What is ITIL?

> /clear
Context cleared.

> and ISO?
ISO 9000, in the comparison table's words: “A generic quality management model with emphasis on
auditing”. Audience: “Originally developed for manufacturing, but generic enough to be applied to
any product/service organization”.
dimension              ISO 9000 (models:iso9000)
────────────────────────────────────────────────────────────────────────────────────────────────────
level of abstraction   A generic quality management model with emphasis on auditing
audience               Originally developed for manufacturing, but generic enough to be applied to
                       any product/service organization
approach               Provides high level auditable requirements without ‘how to’ guidance to
                       prepare for an audit. Organizations either pass or fail the audit.
granularity            20 high level requirements (General)
focus                  Focus on processes, customer, quality and audits. Management responsibility,
                       quality awareness and training are included in requirements. General quality
                       system, applicable to any organization, including Software development and/or
                       IT service management
Sources: [models:iso9000]
Try: What does ISO 9000 focus on? | Compare ISO 9000 and CMM

---
> capacity managment?
Capacity Management gives development: “Performance requirements, storage specifications, processing
specifications Hardware specifications,; Testing (performance/ capacity) requirements”. Development
gives Capacity Management: “Hardware specifications, Capacity, storage and processing requirements,
testing results”. Capacity Management touches these CMM key practices: “L2 SPP Activity 11, Activity
14”.
CMM reference (as printed)   CMM-to-ITIL row
────────────────────────────────────────────
L2: SPP Activity 11          SPP.AC11
L2: SPP Activity 14          SPP.AC14
Sources: [itil_to_cmm:capacity-management]
Try: Which CMM practices map to Capacity Management in the CMM-to-ITIL tables?
