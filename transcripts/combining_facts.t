# Questions that combine facts: each becomes a query over one table (or both), answered with
# exactly the rows it rests on. /why shows the query.
> which practices map to both Capacity and SLM?
2 CMM-to-ITIL rows mapped to both Capacity Management and Service Level Management (SPP 1, SPTO 1):
SPP.AC11, SPTO.AC5+AC6+AC8.
row                key practice                production involvement      mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
SPP.AC11           Estimates for the           Production should be        Change Management,
                   project's critical          heavily involved in         Capacity Management,
                   computer resources (CCR)    estimating the software     Service Level Management
                   are derived according to    projects CCRs.
                   a documented procedure.
SPTO.AC5+AC6+AC8   The project's software      Production provides input   Change Management,
                   size, effort, costs, and    of actuals for their        Configuration Management,
                   schedule are tracked, and   tasks and is involved in    Capacity Management,
                   corrective actions are      negotiations if changes     Service Level Management
                   taken as necessary.         and re-planning required.
Sources: [cmm_to_itil:SPP.AC11] [cmm_to_itil:SPTO.AC5+AC6+AC8]

> /why
'which practices map to both Capacity and SLM?': answered, confidence 0.96
Parse: intent=query score=0.96
  query: cmm_to_itil where maps_to(capacity-management) and maps_to(service-level-management)
  entity itil=capacity-management matched 'Capacity' score 100.0
  entity abbr=SLM matched 'SLM' score 100.0
  entity itil=service-level-management matched 'SLM' score 100.0
  cues: cmm_refs, cmm_to_itil_table, followup, stopwords
  runner-up: itil_practices score 0.88

> which of those are level 2?
2 CMM-to-ITIL rows mapped to both Capacity Management and Service Level Management, at Level 2
(Repeatable) (SPP 1, SPTO 1): SPP.AC11, SPTO.AC5+AC6+AC8.
row                key practice                production involvement      mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
SPP.AC11           Estimates for the           Production should be        Change Management,
                   project's critical          heavily involved in         Capacity Management,
                   computer resources (CCR)    estimating the software     Service Level Management
                   are derived according to    projects CCRs.
                   a documented procedure.
SPTO.AC5+AC6+AC8   The project's software      Production provides input   Change Management,
                   size, effort, costs, and    of actuals for their        Configuration Management,
                   schedule are tracked, and   tasks and is involved in    Capacity Management,
                   corrective actions are      negotiations if changes     Service Level Management
                   taken as necessary.         and re-planning required.
Sources: [cmm_to_itil:SPP.AC11] [cmm_to_itil:SPTO.AC5+AC6+AC8]

> and which don't touch Change Mgnt.?
None: no CMM-to-ITIL rows mapped to both Capacity Management and Service Level Management, at Level
2 (Repeatable), not mapped to Change Management.

---
# Union, negation and restriction by common feature.
> which practices map to Problem Mgnt. or Helpdesk?
7 CMM-to-ITIL rows mapped to Problem Management or mapped to Helpdesk / Incident Management (RM 1,
SPP 1, OPF 2, SPE 2, IC 1): RM.AB4, SPP.AC5, OPF.ME1, OPF.VE1, SPE.AC8, SPE.AC9, IC.AC1.
row       key practice                   production involvement        mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
RM.AB4    Requirements Mgt. training     Attend training. Training     Computer / Network
                                         should identify how           Operations, Helpdesk /
                                         production is involved in     Incident Management
                                         the Requirements Management
                                         process.
SPP.AC5   A software life cycle (SLC)    Production roles and          Change Management, Computer /
          with predefined stages of      responsibilities are          Network Operations, Helpdesk
          manageable size is             identified in the SLC,        / Incident Management
          identified or defined.         along with the specific
                                         tasks where they are
                                         involved.
OPF.ME1   Measurements are made and      Production data (e.g.,        Service Level Management,
          used to determine the status   defect density, system test   Problem Management
          of the organization's          defectiveness, system
          process development and        delivery rate, and client
          improvement activities.        satisfaction) feeds the
                                         measures to demonstrate the
                                         impact of SPI.
OPF.VE1   The activities for software    Production should be          Change Management, Problem
          process development and        involved in management        Management
          improvement are reviewed       reviews of process
          with senior management on a    development and improvement
          periodic basis.                activities.
SPE.AC8   The documentation that will    Production involved in        Change Management, Computer /
          be used to operate and         development of operator's     Network Operations, Helpdesk
          maintain the software is       manual, maintenance manual,   / Incident Management
          developed and maintained       etc., and/or peer review of
          according to the project's     those manuals.
          defined software process.
SPE.AC9   Data on defects identified     Production involved in        Problem Management, Helpdesk
          in peer reviews and testing    collection of defect data     / Incident Management
          are collected and analyzed     during testing.
          according to the project's
          defined software process.
IC.AC1    The software engineering       Participate in identifying    Service Level Management,
          group and the other            the Technical Service         Helpdesk / Incident
          engineering groups             Requirements for the          Management
          participate with the           project.
          customer and end users, as
          appropriate, to establish
          the system requirements.
Sources: [cmm_to_itil:RM.AB4] [cmm_to_itil:SPP.AC5] [cmm_to_itil:OPF.ME1] [cmm_to_itil:OPF.VE1]
[cmm_to_itil:SPE.AC8] [cmm_to_itil:SPE.AC9] [cmm_to_itil:IC.AC1]

> which practices map to Capacity but not to Change Mgnt.?
4 CMM-to-ITIL rows mapped to Capacity Management, not mapped to Change Management (RM 1, SPTO 1, OPF
1, ISM 1): RM.AB1+AB2, SPTO.AC7, OPF.AB2, ISM.AC8.
row          key practice                  production involvement        mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
RM.AB1+AB2   Allocation of system          Participate in identifying    Configuration Management,
             requirements to software      the Technical Service         Software Control &
             and documentation of          Requirements for the          Distribution, Computer /
             software requirements.        project.                      Network Operations,
                                                                         Capacity Management
SPTO.AC7     The project's critical        Production provides input     Capacity Management
             computer resources (CCR)      of actuals for the
             are tracked, and corrective   project’s CCR and in
             actions are taken as          involved in negotiations if
             necessary.                    changes and corrective
                                           action is necessary.
OPF.AB2      Adequate resources and        Production may be involved    Capacity Management, Cost
             funding are provided for      in supporting tools
             the organization's software   required for the software
             process activities.           process improvement
                                           activities (e.g., process
                                           modeling, desktop
                                           publishing, database
                                           management, and statistical
                                           analysis)
ISM.AC8      The project's critical        Production should be          Capacity Management,
             computer resources are        heavily involved in           Computer / Network
             managed according to a        managing the software         Operations
             documented procedure.         projects CCRs.
Sources: [cmm_to_itil:RM.AB1+AB2] [cmm_to_itil:SPTO.AC7] [cmm_to_itil:OPF.AB2] [cmm_to_itil:ISM.AC8]

> which verification practices map to SLM?
3 CMM-to-ITIL rows mapped to Service Level Management, with a Verifying Implementation (VE) practice
(SSM 1, TP 1, ISM 1): SSM.VE1+VE2, TP.VE1, ISM.AC11+VE1+VE2.
row                key practice                production involvement      mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
SSM.VE1+VE2        Activities for managing     Production attends the      Service Level Management
                   the software subcontract    software project reviews
                   are reviewed.               as appropriate.
TP.VE1             The training program        Production should           Service Level Management
                   activities are reviewed     participate in reviews of
                   with senior management on   the training program.
                   a periodic basis.
ISM.AC11+VE1+VE2   Reviews of the software     Production should           Change Management,
                   project are periodically    participate in project      Planning and Control,
                   performed to determine      management reviews as       Customer Relationship
                   the actions needed to       appropriate.                Management, Service Level
                   bring the software                                      Management
                   project's performance and
                   results in line with the
                   current and projected
                   needs of the business,
                   customer, and end users,
                   as appropriate.
Sources: [cmm_to_itil:SSM.VE1+VE2] [cmm_to_itil:TP.VE1] [cmm_to_itil:ISM.AC11+VE1+VE2]

---
# Counts, superlatives, "only" and "exactly".
> how many level 2 rows map to SLM?
5 CMM-to-ITIL rows mapped to Service Level Management, at Level 2 (Repeatable) (SPP.AC11,
SPTO.AC5+AC6+AC8, SSM.AB3, SSM.AC2, SSM.VE1+VE2).
row                key practice                production involvement      mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
SPP.AC11           Estimates for the           Production should be        Change Management,
                   project's critical          heavily involved in         Capacity Management,
                   computer resources (CCR)    estimating the software     Service Level Management
                   are derived according to    projects CCRs.
                   a documented procedure.
SPTO.AC5+AC6+AC8   The project's software      Production provides input   Change Management,
                   size, effort, costs, and    of actuals for their        Configuration Management,
                   schedule are tracked, and   tasks and is involved in    Capacity Management,
                   corrective actions are      negotiations if changes     Service Level Management
                   taken as necessary.         and re-planning required.
SSM.AB3            Software Subcontract        Attend orientation.         Change Management,
                   Management (SSM)            Orientation should          Service Level Management
                   training.                   identify how production
                                               is involved in the SSM
                                               process.
SSM.AC2            The software                Production may wish to be   Change Management,
                   subcontractor is            involved, depending on      Service Level Management,
                   selected, based on an       the software work to be     Availability Management
                   evaluation of the           subcontracted, in the
                   subcontract bidders'        selection of the sub.
                   ability to perform the
                   work, according to a
                   documented procedure.
SSM.VE1+VE2        Activities for managing     Production attends the      Service Level Management
                   the software subcontract    software project reviews
                   are reviewed.               as appropriate.
Sources: [cmm_to_itil:SPP.AC11] [cmm_to_itil:SPTO.AC5+AC6+AC8] [cmm_to_itil:SSM.AB3]
[cmm_to_itil:SSM.AC2] [cmm_to_itil:SSM.VE1+VE2]

> which KPA has the most rows mapped to SC&D?
Organization Process Focus (OPF) has the most (5 rows; CMM-to-ITIL rows mapped to Software Control &
Distribution). OPF.AB3 (Organization Process Focus (Level 3), Ability 3): “Members of the group
responsible for the organization's software process activities receive required training to perform
these activities.” Maps to: Change Management, Software Control & Distribution. OPF.AB4
(Organization Process Focus (Level 3), Ability 4): “Members of the software engineering group and
other software- related groups receive orientation on the organization's software process activities
and their roles in those activities.” Maps to: Change Management, Software Control & Distribution.
OPF.AC4 (Organization Process Focus (Level 3), Activity 4): “The use of the organization's software
process database is coordinated at the organizational level.” Maps to: Software Control &
Distribution, Configuration Management. OPF.AC6 (Organization Process Focus (Level 3), Activity 6):
“Training for the organization and projects' software processes is coordinated across the
organization.” Maps to: Change Management, Software Control & Distribution. OPF.AC7 (Organization
Process Focus (Level 3), Activity 7): “The groups involved in implementing the software processes
are informed of the organization's and projects' activities for software process development and
improvement.” Maps to: Change Management, Software Control & Distribution. Next: Software
Configuration Management (SCM) 4, Organization Process Definition (OPD) 3, Requirements Management
(RM) 2.
Sources: [cmm_to_itil:OPF.AB3] [cmm_to_itil:OPF.AB4] [cmm_to_itil:OPF.AC4] [cmm_to_itil:OPF.AC6]
[cmm_to_itil:OPF.AC7]

> which ITIL processes cite nothing but SCM practices?
3 ITIL-to-CMM rows (ITIL processes) citing only SCM practices: Helpdesk / Incident Management: CMM
column “L2: SCM Activity 5” Configuration Management: CMM column “L2: SCM Activity 3, Activity 4,
Activity 8” Security Management: CMM column “L2: SCM Activity 3, Ability 2”
Sources: [itil_to_cmm:helpdesk-incident-management] [itil_to_cmm:configuration-management]
[itil_to_cmm:security-management]

> which ITIL processes have just a single CMM practice in their CMM column?
2 ITIL-to-CMM rows (ITIL processes) with exactly 1 entry in the cross-reference column: Helpdesk /
Incident Management: CMM column “L2: SCM Activity 5” Availability Management: CMM column “L2: RM
Activity 1”
Sources: [itil_to_cmm:helpdesk-incident-management] [itil_to_cmm:availability-management]

> which KPAs never map to Change Management?
Every row not mapped to Change Management: Software Quality Assurance (SQA) and Peer Reviews (PR).
SQA (Software Quality Assurance (SQA)): “No significant touch points with production for this Key
Process Area (KPA).” PR.AB3 (Peer Reviews (Level 3), Ability 3): “Reviewers who participate in peer
reviews receive required training in the objectives, principles, and methods of peer reviews.” Maps
to: nothing (empty mapping). PR.AC1 (Peer Reviews (Level 3), Activity 1): “Peer reviews are planned,
and the plans are documented.” Maps to: nothing (empty mapping).
Sources: [cmm_to_itil:SQA] [cmm_to_itil:PR.AB3] [cmm_to_itil:PR.AC1]

---
# Yes / no, and the two tables side by side.
> does TP AC6 touch SLM?
No: 1 row checked, none mapped to Service Level Management. TP.AC6 (Training Program (Level 3),
Activity 6): “Records of training are maintained.” Maps to: Customer Relationship Management.
Sources: [cmm_to_itil:TP.AC6]

> Change Management lists SCM Ability 1; does the SCM AB1 row map back to Change Mgnt.?
No: 1 row checked, none mapped to Change Management. SCM.AB1 (Software Configuration Management
(Level 2), Ability 1): “A board having the authority for managing the project's software baselines
(i.e., a software configuration control board – SCCB) exists or is established.” Maps to: Software
Control & Distribution, Configuration Management. Change Management's ITIL-to-CMM row cites it (“L2:
RM Activity 3, L2: SCM Ability 1, Activity 5, Activity 6, L2: SPTO Activity 2, L3: SPE Activity
10”).
Sources: [cmm_to_itil:SCM.AB1] [itil_to_cmm:change-management]

> do the two tables agree about Security Management?
No: 1 row checked, none mapped to Security Management. SCM.AB1 (Software Configuration Management
(Level 2), Ability 1): “A board having the authority for managing the project's software baselines
(i.e., a software configuration control board – SCCB) exists or is established.” Maps to: Software
Control & Distribution, Configuration Management.
Sources: [cmm_to_itil:SCM.AB1]

> Which CMM practices does Contingency Planning cite?
Contingency Planning touches these CMM key practices: “L2: SPP Activity 13, L2: SPTO Activity 10,
L3: SPE Activity 10”.
CMM reference (as printed)   CMM-to-ITIL row
────────────────────────────────────────────
L2: SPP Activity 13          SPP.AC13
L2: SPTO Activity 10         SPTO.AC10
L3: SPE Activity 10          SPE.AC10
Sources: [itil_to_cmm:contingency-planning]
Try: Which CMM practices map to Contingency Planning in the CMM-to-ITIL tables?

> do any of them map back to Contingency Planning in the CMM to ITIL tables?
No: 3 rows checked, none mapped to Contingency Planning. SPP.AC13 (Software Project Planning (Level
2), Activity 13): “The software risks associated with the cost, resource, schedule, and technical
aspects of the project are identified, assessed and documented.” Maps to: Change Management.
SPTO.AC10 (Software Project Tracking and Oversight (Level 2), Activity 10): “The software risks
associated with cost, resource, schedule, and technical aspects of the project are tracked.” Maps
to: Change Management. SPE.AC10 (Software Product Engineering (Level 3), Activity 10): “Consistency
is maintained across software work products, including the software plans, process descriptions,
allocated requirements, software requirements, software design, code, test plans, and test
procedures.” Maps to: Change Management. Contingency Planning's ITIL-to-CMM row cites it (“L2: SPP
Activity 13, L2: SPTO Activity 10, L3: SPE Activity 10”).
Sources: [cmm_to_itil:SPP.AC13] [cmm_to_itil:SPTO.AC10] [cmm_to_itil:SPE.AC10]
[itil_to_cmm:contingency-planning]

> what do those map to instead?
3 CMM-to-ITIL rows cited by Contingency Planning (SPP 1, SPTO 1, SPE 1): SPP.AC13, SPTO.AC10,
SPE.AC10.
row         key practice                        production involvement             mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
SPP.AC13    The software risks associated       Production identifies their        Change Management
            with the cost, resource,            risks associated with the
            schedule, and technical aspects     overall software project.
            of the project are identified,
            assessed and documented.
SPTO.AC10   The software risks associated       Production helps manage their      Change Management
            with cost, resource, schedule,      risks associated with the
            and technical aspects of the        software project.
            project are tracked.
SPE.AC10    Consistency is maintained across    Production should be involved in   Change Management
            software work products, including   helping to keep the software
            the software plans, process         work products current, or made
            descriptions, allocated             aware of changes that may affect
            requirements, software              their work products for the
            requirements, software design,      project.
            code, test plans, and test
            procedures.
Sources: [cmm_to_itil:SPP.AC13] [cmm_to_itil:SPTO.AC10] [cmm_to_itil:SPE.AC10]

---
# Searching the cells' own words.
> which rows mention the Technical Service Requirements?
3 CMM-to-ITIL rows mentioning “Technical Service Requirements” (RM 1, SPE 1, IC 1): RM.AB1+AB2,
SPE.AC2, IC.AC1.
row          key practice                  production involvement       mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
RM.AB1+AB2   Allocation of system          Participate in identifying   Configuration Management,
             requirements to software      the Technical Service        Software Control &
             and documentation of          Requirements for the         Distribution, Computer /
             software requirements.        project.                     Network Operations, Capacity
                                                                        Management
SPE.AC2      The software requirements     Participate in identifying   Change Management,
             are developed, maintained,    the Technical Service        Availability Management
             documented, and verified by   Requirements for the
             systematically analyzing      project.
             the allocated requirements
             according to the project's
             defined software process.
IC.AC1       The software engineering      Participate in identifying   Service Level Management,
             group and the other           the Technical Service        Helpdesk / Incident
             engineering groups            Requirements for the         Management
             participate with the          project.
             customer and end users, as
             appropriate, to establish
             the system requirements.
Sources: [cmm_to_itil:RM.AB1+AB2] [cmm_to_itil:SPE.AC2] [cmm_to_itil:IC.AC1]

> which practices refer to the SLC?
3 CMM-to-ITIL rows mentioning “SLC” (SPP 1, OPD 1, IC 1): SPP.AC5, OPD.AC3, IC.AC5.
row       key practice                   production involvement        mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
SPP.AC5   A software life cycle (SLC)    Production roles and          Change Management, Computer /
          with predefined stages of      responsibilities are          Network Operations, Helpdesk
          manageable size is             identified in the SLC,        / Incident Management
          identified or defined.         along with the specific
                                         tasks where they are
                                         involved.
OPD.AC3   Descriptions of software       Production should review      Change Management
          life cycles that are           the SLC for approval of
          approved for use by the        their involvement the SLC.
          projects are documented and
          maintained.
IC.AC5    Work products produced as      Production should             Change Management
          input to other engineering     understand their inputs and
          groups are reviewed by         outputs to the SLC, and
          representatives of the         ensure reviews of those
          receiving groups to ensure     deliverables occur.
          that the work products meet
          their needs.
Sources: [cmm_to_itil:SPP.AC5] [cmm_to_itil:OPD.AC3] [cmm_to_itil:IC.AC5]
