# Onboarding for an operations (production) person: what ITIL is, what your processes give
# development and get from it, and where production takes part in the CMM key practices.
#
# What ITIL is. "who is it written for?" asks about the model just named.
> what is ITIL?
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

> who is it written for?
ITIL, audience: “Specifically developed for IT Service Management and Operations”.
Sources: [models:itil/audience]
Try: Compare ITIL and CMM on audience | What is ITIL?

---
# Your processes and development, both directions. The follow-up swaps the process.
> what does capacity management give dev?
Capacity Management gives development: “Performance requirements, storage specifications, processing
specifications Hardware specifications,; Testing (performance/ capacity) requirements”.
Sources: [itil_to_cmm:capacity-management]
Try: What does development give Capacity Management? | Which CMM practices does Capacity Management
touch?

> and to change management?
Change Management gives development: “Application related Requests for Change (functional changes);
Change schedules and windows; Support requirements for Change implementation and aftercare”.
Sources: [itil_to_cmm:change-management]
Try: What does development give Change Management? | Which CMM practices does Change Management
touch?

> what does development give helpdesk?
Development gives Helpdesk / Incident Management: “Documentation regarding Application support (1st
line)”.
Sources: [itil_to_cmm:helpdesk-incident-management]
Try: What does Helpdesk / Incident Management give development? | Which CMM practices does Helpdesk
/ Incident Management touch?

---
# Where production takes part in development's practices. The CMM-to-ITIL tables say where
# production is involved; "what about level 3?" keeps the process and changes the maturity level.
> which CMM practices map to Capacity at level 2?
6 CMM-to-ITIL rows mapped to Capacity Management, at Level 2 (Repeatable) (RM 1, SPP 3, SPTO 2):
RM.AB1+AB2, SPP.AC9+AC10, SPP.AC11, SPP.AC14, SPTO.AC5+AC6+AC8, SPTO.AC7.
row                key practice                production involvement      mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
RM.AB1+AB2         Allocation of system        Participate in              Configuration Management,
                   requirements to software    identifying the Technical   Software Control &
                   and documentation of        Service Requirements for    Distribution, Computer /
                   software requirements.      the project.                Network Operations,
                                                                           Capacity Management
SPP.AC9+AC10       Estimates for the           Production participates     Change Management,
                   software project's size,    in estimating tasks,        Capacity Management, Cost
                   effort, and costs are       especially where they are
                   derived according to a      involved.
                   documented procedure.
SPP.AC11           Estimates for the           Production should be        Change Management,
                   project's critical          heavily involved in         Capacity Management,
                   computer resources (CCR)    estimating the software     Service Level Management
                   are derived according to    projects CCRs.
                   a documented procedure.
SPP.AC14           Plans for the project's     Production should be        Change Management,
                   software engineering        heavily involved in         Configuration Management,
                   facilities and support      planning for the host       Capacity Management,
                   tools are prepared.         computers and peripherals   Computer / Network
                                               for software development,   Operations
                                               software test computers
                                               and peripherals, target
                                               computer environment
                                               software, etc., for the
                                               software project.
SPTO.AC5+AC6+AC8   The project's software      Production provides input   Change Management,
                   size, effort, costs, and    of actuals for their        Configuration Management,
                   schedule are tracked, and   tasks and is involved in    Capacity Management,
                   corrective actions are      negotiations if changes     Service Level Management
                   taken as necessary.         and re-planning required.
SPTO.AC7           The project's critical      Production provides input   Capacity Management
                   computer resources (CCR)    of actuals for the
                   are tracked, and            project’s CCR and in
                   corrective actions are      involved in negotiations
                   taken as necessary.         if changes and corrective
                                               action is necessary.
Sources: [cmm_to_itil:RM.AB1+AB2] [cmm_to_itil:SPP.AC9+AC10] [cmm_to_itil:SPP.AC11]
[cmm_to_itil:SPP.AC14] [cmm_to_itil:SPTO.AC5+AC6+AC8] [cmm_to_itil:SPTO.AC7]

> what about level 3?
2 CMM-to-ITIL rows mapped to Capacity Management, at Level 3 (Defined) (OPF 1, ISM 1): OPF.AB2,
ISM.AC8.
row       key practice                   production involvement        mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
OPF.AB2   Adequate resources and         Production may be involved    Capacity Management, Cost
          funding are provided for the   in supporting tools
          organization's software        required for the software
          process activities.            process improvement
                                         activities (e.g., process
                                         modeling, desktop
                                         publishing, database
                                         management, and statistical
                                         analysis)
ISM.AC8   The project's critical         Production should be          Capacity Management, Computer
          computer resources are         heavily involved in           / Network Operations
          managed according to a         managing the software
          documented procedure.          projects CCRs.
Sources: [cmm_to_itil:OPF.AB2] [cmm_to_itil:ISM.AC8]

> what is production's role in SPTO AC7?
SPTO.AC7 (Software Project Tracking and Oversight (Level 2), Activity 7): “The project's critical
computer resources (CCR) are tracked, and corrective actions are taken as necessary.” Production:
“Production provides input of actuals for the project’s CCR and in involved in negotiations if
changes and corrective action is necessary.” Maps to ITIL: Capacity Management.
Sources: [cmm_to_itil:SPTO.AC7]
Try: Which ITIL processes does SPTO touch? | Which ITIL processes cite SPTO in the ITIL-to-CMM
table?

> SPP AC11?
SPP.AC11 (Software Project Planning (Level 2), Activity 11): “Estimates for the project's critical
computer resources (CCR) are derived according to a documented procedure.” Production: “Production
should be heavily involved in estimating the software projects CCRs.” Maps to ITIL: Change
Management, Capacity Management, Service Level Management.
Sources: [cmm_to_itil:SPP.AC11]
Try: Which ITIL processes does SPP touch? | Which ITIL processes cite SPP in the ITIL-to-CMM table?

---
# Where the work concentrates, and the abbreviations you will meet.
> which ITIL process touches the most CMM practices?
Counted from the tables, Change Management is the densest touch point: 59 CMM-to-ITIL rows map to it
and its ITIL-to-CMM row cites 6 key practices. The document says: “The densest touch point between
production and development, documented in the graph below, is in the area of Configuration and
Change Management.”
ITIL process                       CMM-to-ITIL rows   ITIL-to-CMM references
────────────────────────────────────────────────────────────────────────────
Change Management                  59                 6
Software Control & Distribution    18                 3
Service Level Management           13                 3
Configuration Management           11                 3
Planning and Control               9                  3
Computer / Network Operations      8                  3
Capacity Management                8                  2
Customer Relationship Management   5                  2
Helpdesk / Incident Management     5                  1
Problem Management                 3                  2
Availability Management            2                  1
Cost                               2                  0
Contingency Planning               0                  3
Business IT Alignment              0                  2
Security Management                0                  2
Sources: [cmm_to_itil:RM.AC1+AC3+VE1+VE2] [cmm_to_itil:SPP.CO2] [cmm_to_itil:SPP.AB1]
[cmm_to_itil:SPP.AC1] [cmm_to_itil:SPP.AC3+AC4] [cmm_to_itil:SPP.AC5] [cmm_to_itil:SPP.AC9+AC10]
[cmm_to_itil:SPP.AC11] [cmm_to_itil:SPP.AC13] [cmm_to_itil:SPP.AC14] [cmm_to_itil:SPP.VE1+VE2]
[cmm_to_itil:SPTO.CO2] [cmm_to_itil:SPTO.AB1] [cmm_to_itil:SPTO.AC2+AC3+AC4]
[cmm_to_itil:SPTO.AC5+AC6+AC8] [cmm_to_itil:SPTO.AC10] [cmm_to_itil:SPTO.AC13+VE1+VE2]
[cmm_to_itil:SSM.AB3] [cmm_to_itil:SSM.AC2] [cmm_to_itil:SCM.AB3] [cmm_to_itil:SCM.AB4+AB5]
[cmm_to_itil:SCM.AC1+AC2] [cmm_to_itil:SCM.AC6+AC7] [cmm_to_itil:SCM.AC9] [cmm_to_itil:SCM.AC10+VE3]
[cmm_to_itil:SCM.VE1+VE2] [cmm_to_itil:OPF.CO1+CO2+CO3] [cmm_to_itil:OPF.AB1] [cmm_to_itil:OPF.AB3]
[cmm_to_itil:OPF.AB4] [cmm_to_itil:OPF.AC1+AC2+AC3] [cmm_to_itil:OPF.AC5] [cmm_to_itil:OPF.AC6]
[cmm_to_itil:OPF.AC7] [cmm_to_itil:OPF.VE1] [cmm_to_itil:OPD.AB1] [cmm_to_itil:OPD.AB2]
[cmm_to_itil:OPD.AC1+AC2] [cmm_to_itil:OPD.AC3] [cmm_to_itil:TP.CO1] [cmm_to_itil:TP.AB1+AB2]
[cmm_to_itil:TP.AC2+AC3] [cmm_to_itil:ISM.AC9] [cmm_to_itil:ISM.AC10] [cmm_to_itil:ISM.AC11+VE1+VE2]
[cmm_to_itil:SPE.CO1+AB1] [cmm_to_itil:SPE.AB4] [cmm_to_itil:SPE.AC1] [cmm_to_itil:SPE.AC2]
[cmm_to_itil:SPE.AC5+AC6+AC7] [cmm_to_itil:SPE.AC8] [cmm_to_itil:SPE.AC10] [cmm_to_itil:SPE.VE1+VE2]
[cmm_to_itil:IC.CO1] [cmm_to_itil:IC.AB2] [cmm_to_itil:IC.AC2+AC7] [cmm_to_itil:IC.AC3]
[cmm_to_itil:IC.AC4] [cmm_to_itil:IC.AC5] [observations:densest-touch-point]
[itil_to_cmm:change-management]
Try: Which rows have an empty mapping?

> where is the densest touch point?
“The densest touch point between production and development, documented in the graph below, is in
the area of Configuration and Change Management. The question is not one or the other, but how to
implement a single process that satisfies the requirements of both departments. There is no
contradiction between the two models (CMM and ITIL), so the teams should develop a unified process
(‘the what’), with targeted procedures (‘the how’).”
Sources: [observations:densest-touch-point]
Try: Is there overlap or redundancy?

> what does SLM stand for?
SLM stands for Service Level Management. The document spells it out in
itil_to_cmm:service-level-management.
Sources: [vocabulary:SLM] [itil_to_cmm:service-level-management]
Try: What does KPA stand for? | What does SC&D stand for?

> which rows have an empty mapping?
4 CMM-to-ITIL rows have an empty “Mapping to ITIL” cell:
Note: The Level 3 table stops inside Peer Reviews: only AB3 and AC1 are printed, both with an empty
mapping.
row          key practice                        production involvement              mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
IC.AB3+AB5   All managers in the organization    Production managers should          (empty)
             receive required training and/or    participate in team building
             orientation in teamwork.            activities with software and
                                                 other related groups.
IC.AB4       All task leaders in each            Production task leaders should      (empty)
             engineering group receive           both present and attend
             orientation in the processes,       presentations on processes,
             methods, and standards used by      methods, and standards being used
             the other engineering groups.       in the organization.
PR.AB3       Reviewers who participate in peer   Production should be trained on     (empty)
             reviews receive required training   how to participate in software
             in the objectives, principles,      peer reviews.
             and methods of peer reviews.
PR.AC1       Peer reviews are planned, and the   Production needs to agree to the    (empty)
             plans are documented.               software peer reviews that are
                                                 scheduled and they are
                                                 participating.
Sources: [cmm_to_itil:IC.AB3+AB5] [cmm_to_itil:IC.AB4] [cmm_to_itil:PR.AB3] [cmm_to_itil:PR.AC1]
Try: Which ITIL process touches the most CMM practices?
