# Onboarding for a developer: what CMM asks of you, what production (ITIL) needs from you,
# and how to read a practice code.
#
# The model your work is measured against. "it" and "and ITIL?" are follow-ups: they borrow
# the model and the dimension from the question before.
> what is cmm?
SEI CMM, in the comparison table's words: “Collection of best practices for software development and
maintenance, ordered along a maturity model”. Audience: “Specifically developed for software
development and maintenance organizations”.
dimension              CMM (models:cmm)
────────────────────────────────────────────────────────────────────────────────────────────────────
level of abstraction   Collection of best practices for software development and maintenance,
                       ordered along a maturity model
audience               Specifically developed for software development and maintenance organizations
approach               Provides quantifiable goals and an approach for ‘what’ to do without being
                       prescriptive. Assessments are conducted to determine if a maturity level has
                       been attained
granularity            18 Key Process Areas (Specific)
focus                  Main focus on processes, customers, quality of deliverables. Management
                       (style), policy and training are important factors for success. Specific for
                       software development and maintenance
Sources: [models:cmm]
Try: What does CMM focus on? | Compare CMM and ITIL

> what does it focus on?
CMM, focus: “Main focus on processes, customers, quality of deliverables. Management (style), policy
and training are important factors for success. Specific for software development and maintenance”.
Sources: [models:cmm/focus]
Try: Compare CMM and ITIL on focus | What is CMM?

> and ITIL?
ITIL, focus: “Main focus on processes, customer and cost/quality equation. Management (style),
policy and training are important factors for success. Specific for IT service management”.
Sources: [models:itil/focus]
Try: Compare ITIL and CMM on focus | What is ITIL?

> how many KPAs does CMM have?
CMM's granularity is “18 Key Process Areas”: 18 Key Process Areas, perceived as Specific.
Note: The comparison table gives CMM "18 Key Process Areas", but the CMM-to-ITIL tables cover only
the 13 KPAs of Levels 2 and 3.
Sources: [models:cmm/granularity]
Try: Compare CMM and ITIL on granularity | What is CMM?

---
# What development hands to production. "and to change management?" keeps the direction
# (development to the process) and swaps the process.
> what does dev hand to problem mgmt?
Development gives Problem Management: “Application related solutions, work-arounds.”
Sources: [itil_to_cmm:problem-management]
Try: What does Problem Management give development? | Which CMM practices does Problem Management
touch?

> and to change management?
Development gives Change Management: “Requests for Change initiated by development; Status of
planned Changes; New releases, updates, actual Changes. Instructions for Change implementation”.
Sources: [itil_to_cmm:change-management]
Try: What does Change Management give development? | Which CMM practices does Change Management
touch?

> which CMM practices touch change management?
In the ITIL-to-CMM table, Change Management touches these CMM key practices: “L2: RM Activity 3, L2:
SCM Ability 1, Activity 5, Activity 6, L2: SPTO Activity 2, L3: SPE Activity 10”. In the CMM-to-ITIL
tables, 59 rows map to Change Management: RM 1, SPP 10, SPTO 6, SSM 2, SCM 7, OPF 9, OPD 4, TP 3,
ISM 3, SPE 8, IC 6.
SCM Activity 5 has no row in the CMM-to-ITIL tables.
CMM reference (as printed)   CMM-to-ITIL row
─────────────────────────────────────────────────────────────
L2: RM Activity 3            RM.AC1+AC3+VE1+VE2
L2: SCM Ability 1            SCM.AB1
L2: SCM Activity 5           no row in the CMM-to-ITIL tables
L2: SCM Activity 6           SCM.AC6+AC7
L2: SPTO Activity 2          SPTO.AC2+AC3+AC4
L3: SPE Activity 10          SPE.AC10
Sources: [itil_to_cmm:change-management] [cmm_to_itil:RM.AC1+AC3+VE1+VE2] [cmm_to_itil:SPP.CO2]
[cmm_to_itil:SPP.AB1] [cmm_to_itil:SPP.AC1] [cmm_to_itil:SPP.AC3+AC4] [cmm_to_itil:SPP.AC5]
[cmm_to_itil:SPP.AC9+AC10] [cmm_to_itil:SPP.AC11] [cmm_to_itil:SPP.AC13] [cmm_to_itil:SPP.AC14]
[cmm_to_itil:SPP.VE1+VE2] [cmm_to_itil:SPTO.CO2] [cmm_to_itil:SPTO.AB1]
[cmm_to_itil:SPTO.AC2+AC3+AC4] [cmm_to_itil:SPTO.AC5+AC6+AC8] [cmm_to_itil:SPTO.AC10]
[cmm_to_itil:SPTO.AC13+VE1+VE2] [cmm_to_itil:SSM.AB3] [cmm_to_itil:SSM.AC2] [cmm_to_itil:SCM.AB3]
[cmm_to_itil:SCM.AB4+AB5] [cmm_to_itil:SCM.AC1+AC2] [cmm_to_itil:SCM.AC6+AC7] [cmm_to_itil:SCM.AC9]
[cmm_to_itil:SCM.AC10+VE3] [cmm_to_itil:SCM.VE1+VE2] [cmm_to_itil:OPF.CO1+CO2+CO3]
[cmm_to_itil:OPF.AB1] [cmm_to_itil:OPF.AB3] [cmm_to_itil:OPF.AB4] [cmm_to_itil:OPF.AC1+AC2+AC3]
[cmm_to_itil:OPF.AC5] [cmm_to_itil:OPF.AC6] [cmm_to_itil:OPF.AC7] [cmm_to_itil:OPF.VE1]
[cmm_to_itil:OPD.AB1] [cmm_to_itil:OPD.AB2] [cmm_to_itil:OPD.AC1+AC2] [cmm_to_itil:OPD.AC3]
[cmm_to_itil:TP.CO1] [cmm_to_itil:TP.AB1+AB2] [cmm_to_itil:TP.AC2+AC3] [cmm_to_itil:ISM.AC9]
[cmm_to_itil:ISM.AC10] [cmm_to_itil:ISM.AC11+VE1+VE2] [cmm_to_itil:SPE.CO1+AB1]
[cmm_to_itil:SPE.AB4] [cmm_to_itil:SPE.AC1] [cmm_to_itil:SPE.AC2] [cmm_to_itil:SPE.AC5+AC6+AC7]
[cmm_to_itil:SPE.AC8] [cmm_to_itil:SPE.AC10] [cmm_to_itil:SPE.VE1+VE2] [cmm_to_itil:IC.CO1]
[cmm_to_itil:IC.AB2] [cmm_to_itil:IC.AC2+AC7] [cmm_to_itil:IC.AC3] [cmm_to_itil:IC.AC4]
[cmm_to_itil:IC.AC5]
Try: Which CMM practices map to Change Management in the CMM-to-ITIL tables?

---
# Practice codes: a KPA abbreviation and a code. "and AC13?" keeps the KPA (SPP).
> SPP AC11?
SPP.AC11 (Software Project Planning (Level 2), Activity 11): “Estimates for the project's critical
computer resources (CCR) are derived according to a documented procedure.” Production: “Production
should be heavily involved in estimating the software projects CCRs.” Maps to ITIL: Change
Management, Capacity Management, Service Level Management.
Sources: [cmm_to_itil:SPP.AC11]
Try: Which ITIL processes does SPP touch? | Which ITIL processes cite SPP in the ITIL-to-CMM table?

> and AC13?
SPP.AC13 (Software Project Planning (Level 2), Activity 13): “The software risks associated with the
cost, resource, schedule, and technical aspects of the project are identified, assessed and
documented.” Production: “Production identifies their risks associated with the overall software
project.” Maps to ITIL: Change Management.
Sources: [cmm_to_itil:SPP.AC13]
Try: Which ITIL processes does SPP touch? | Which ITIL processes cite SPP in the ITIL-to-CMM table?

> what does SCM stand for?
SCM stands for Software Configuration Management, a Level 2 Key Process Area. (From the crosswalk's
vocabulary; the document does not spell it out.)
Sources: [vocabulary:SCM]
Try: What does KPA stand for? | What does SC&D stand for?

> which ITIL processes does SCM touch?
Software Configuration Management (SCM) maps to 4 ITIL processes across its 9 rows: Change
Management (7), Software Control & Distribution (4), Configuration Management (4), Planning and
Control (1).
row            key practice                 production involvement       mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
SCM.AB1        A board having the           Production is represented    Software Control &
               authority for managing the   on the SCCB.                 Distribution, Configuration
               project's software                                        Management
               baselines (i.e., a
               software configuration
               control board – SCCB)
               exists or is established.
SCM.AB3        Adequate resources and       Production is heavily in     Configuration Management,
               funding are provided for     providing and supporting     Software Control &
               performing the SCM           SCM Tools to support the     Distribution, Change
               activities.                  software development and     Management
                                            maintenance activities.
SCM.AB4+AB5    SCM training and             Production should assist     Change Management
               orientation.                 in development of SCM
                                            training and orientation.
                                            Attend training and
                                            orientation as
                                            appropriate.
SCM.AC1+AC2    A documented and approved    Production reviews the       Change Management, Planning
               SCM plan is used as the      software project’s SCM       and Control
               basis for performing the     Plan.
               SCM activities.
SCM.AC3        A configuration management   Production is heavily        Configuration Management,
               library system is            involved in establishing     Software Control &
               established as a             the CM library for the       Distribution
               repository for the           software project.
               software baselines.
SCM.AC6+AC7    Changes to baselines are     Production participates on   Change Management,
               controlled according to a    SCCB and helps ensure        Configuration Management,
               documented procedure.        integrity of the software    Software Control &
               Products from the software   baseline library.            Distribution
               baseline library are
               created and their release
               is controlled according to
               a documented procedure.
SCM.AC9        Standard reports             Production on distribution   Change Management
               documenting the SCM          list of reports and
               activities and the           possibly even generate
               contents of the software     some reports.
               baseline are developed and
               made available to affected
               groups and individuals.
SCM.AC10+VE3   Software baseline audits     Production will be           Change Management
               are conducted according to   involved in baseline
               a documented procedure.      audits.
SCM.VE1+VE2    Management reviews SCM       Production attends the       Change Management
               activities.                  software project reviews
                                            as appropriate.
Sources: [cmm_to_itil:SCM.AB1] [cmm_to_itil:SCM.AB3] [cmm_to_itil:SCM.AB4+AB5]
[cmm_to_itil:SCM.AC1+AC2] [cmm_to_itil:SCM.AC3] [cmm_to_itil:SCM.AC6+AC7] [cmm_to_itil:SCM.AC9]
[cmm_to_itil:SCM.AC10+VE3] [cmm_to_itil:SCM.VE1+VE2]
Try: Which ITIL processes cite SCM in the ITIL-to-CMM table?

> where is SCM AC10 cited?
SCM.AC10+VE3 (Software Configuration Management (Level 2), Activity 10, Verification 3) (combined
row, printed “AC10, VE3”): “Software baseline audits are conducted according to a documented
procedure.” Production: “Production will be involved in baseline audits.” Maps to ITIL: Change
Management.
The ITIL-to-CMM table does not cite SCM AC10.
Sources: [cmm_to_itil:SCM.AC10+VE3]
Try: Which ITIL processes does SCM touch? | Which ITIL processes cite SCM in the ITIL-to-CMM table?

> what does SC&D stand for?
SC&D stands for Software Control & Distribution. The document spells it out in
itil_to_cmm:software-control-distribution.
Sources: [vocabulary:SC&D] [itil_to_cmm:software-control-distribution]
Try: What does KPA stand for? | What does SCCB stand for?
