# Regression: the four models. Intents model_define, model_dimension, model_compare and
# model_select, with follow-ups that swap the model or add one to a comparison.
> what is ISO 9000?
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

> what is Malcolm Baldrige?
Malcolm Baldrige National Quality Award, in the comparison table's words: “Provides the broadest
model of a total quality management system. Less concerned with identifying specific details of a
given process.” Audience: “Developed to raise the awareness and importance of quality in the US. Can
be used by any organization”.
dimension              Malcolm Baldrige (models:baldrige)
────────────────────────────────────────────────────────────────────────────────────────────────────
level of abstraction   Provides the broadest model of a total quality management system. Less
                       concerned with identifying specific details of a given process.
audience               Developed to raise the awareness and importance of quality in the US. Can be
                       used by any organization
approach               High level holistic model for improving the quality of your entire
                       organization. The approach is self-improvement towards top performance
                       focusing on 7 key areas.
granularity            7 criteria (Holistic; Total quality management)
focus                  Focus on seven areas: Customers Focus and Satisfaction (quality), Process
                       Management as well as Leadership, Strategic Planning, Human Resources
                       Development and Management, Information and Analysis, Business Results. MB
                       model can be applied to any organization. It is broader and 'deeper' than
                       ISO, ITIL or CMM. By addressing all seven MB areas, improvement initiatives
                       like ISO, ITIL or CMM will benefit.
Sources: [models:baldrige]
Try: What does Malcolm Baldrige focus on? | Compare Malcolm Baldrige and CMM

> what is the approach of CMM?
CMM, approach: “Provides quantifiable goals and an approach for ‘what’ to do without being
prescriptive. Assessments are conducted to determine if a maturity level has been attained”.
Sources: [models:cmm/approach]
Try: Compare CMM and ITIL on approach | What is CMM?

> and ITIL?
ITIL, approach: “Provides service objectives and some key activities and key indicators for review.
Maturity measurements based on Pink Elephant maturity model.”
Sources: [models:itil/approach]
Try: Compare ITIL and CMM on approach | What is ITIL?

---
> who is ITIL written for?
ITIL, audience: “Specifically developed for IT Service Management and Operations”.
Sources: [models:itil/audience]
Try: Compare ITIL and CMM on audience | What is ITIL?

> how granular is ISO 9001?
ISO 9000's granularity is “20 high level requirements”: 20 high level requirements, perceived as
General.
Sources: [models:iso9000/granularity]
Try: Compare ISO 9000 and CMM on granularity | What is ISO 9000?

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
# A comparison on one dimension; "and CMM?" adds a third model.
> compare ITIL and ISO on audience
ITIL and ISO 9000 compared on audience, in the comparison table's words:
model                       audience
────────────────────────────────────────────────────────────────────────────────────────────────────
ITIL (models:itil)          Specifically developed for IT Service Management and Operations
ISO 9000 (models:iso9000)   Originally developed for manufacturing, but generic enough to be applied
                            to any product/service organization
Sources: [models:itil/audience] [models:iso9000/audience]
Try: Compare them on level of abstraction | Compare them on approach

> and CMM?
ITIL, ISO 9000, CMM compared on audience, in the comparison table's words:
model                       audience
────────────────────────────────────────────────────────────────────────────────────────────────────
ITIL (models:itil)          Specifically developed for IT Service Management and Operations
ISO 9000 (models:iso9000)   Originally developed for manufacturing, but generic enough to be applied
                            to any product/service organization
CMM (models:cmm)            Specifically developed for software development and maintenance
                            organizations
Sources: [models:itil/audience] [models:iso9000/audience] [models:cmm/audience]
Try: Compare them on level of abstraction | Compare them on approach

---
> ITIL vs CMM
ITIL and CMM side by side, on all five dimensions of the comparison:
dimension              ITIL (models:itil)                     CMM (models:cmm)
────────────────────────────────────────────────────────────────────────────────────────────────────
level of abstraction   A framework of best practices          Collection of best practices for
                       documented in an abstract fashion to   software development and maintenance,
                       be applicable to any IT                ordered along a maturity model
                       organization. Process maturity was
                       measured through PinkScan, a
                       maturity model for ITIL processes
                       developed by Pink Elephant
audience               Specifically developed for IT          Specifically developed for software
                       Service Management and Operations      development and maintenance
                                                              organizations
approach               Provides service objectives and some   Provides quantifiable goals and an
                       key activities and key indicators      approach for ‘what’ to do without
                       for review. Maturity measurements      being prescriptive. Assessments are
                       based on Pink Elephant maturity        conducted to determine if a maturity
                       model.                                 level has been attained
granularity            48 modules/processes (Specific)        18 Key Process Areas (Specific)
focus                  Main focus on processes, customer      Main focus on processes, customers,
                       and cost/quality equation.             quality of deliverables. Management
                       Management (style), policy and         (style), policy and training are
                       training are important factors for     important factors for success.
                       success. Specific for IT service       Specific for software development and
                       management                             maintenance
Sources: [models:itil] [models:cmm]
Try: Is there overlap or redundancy between them? | How do they relate?

---
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

> which model is most specific?
CMM, by the comparison table: granularity: “18 Key Process Areas (Specific)”. The other models'
cells are below.
model                                dimension     cell
──────────────────────────────────────────────────────────────────────────────────────────────────
CMM (models:cmm)                     granularity   18 Key Process Areas (Specific)
ITIL (models:itil)                   granularity   48 modules/processes (Specific)
ISO 9000 (models:iso9000)            granularity   20 high level requirements (General)
Malcolm Baldrige (models:baldrige)   granularity   7 criteria (Holistic; Total quality management)
Sources: [models:cmm/granularity] [models:itil/granularity] [models:iso9000/granularity]
[models:baldrige/granularity]
Try: What is CMM?
