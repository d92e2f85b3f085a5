# Regression: CMM key practices and KPAs. Intents cmm_practice, practice_cited_by,
# practice_links, kpa_processes, kpa_cited_by, list_rows, no_touch_points, empty_mappings.
#
# One practice, four spellings, then a follow-up that keeps the KPA.
> SPP AC11?
SPP.AC11 (Software Project Planning (Level 2), Activity 11): “Estimates for the project's critical
computer resources (CCR) are derived according to a documented procedure.” Production: “Production
should be heavily involved in estimating the software projects CCRs.” Maps to ITIL: Change
Management, Capacity Management, Service Level Management.
Sources: [cmm_to_itil:SPP.AC11]
Try: Which ITIL processes does SPP touch? | Which ITIL processes cite SPP in the ITIL-to-CMM table?

> software project planning activity 11
SPP.AC11 (Software Project Planning (Level 2), Activity 11): “Estimates for the project's critical
computer resources (CCR) are derived according to a documented procedure.” Production: “Production
should be heavily involved in estimating the software projects CCRs.” Maps to ITIL: Change
Management, Capacity Management, Service Level Management.
Sources: [cmm_to_itil:SPP.AC11]
Try: Which ITIL processes does SPP touch? | Which ITIL processes cite SPP in the ITIL-to-CMM table?

> activity 11 of SPP
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

---
> intergroup coordination AB2
IC.AB2 (Intergroup Coordination (Level 3), Ability 2): “The support tools used by the different
engineering groups are compatible to enable effective communication and coordination.” Production:
“Production should be heavily involved in the selection of support tools to be used by the different
groups to ensure they are compatible.” Maps to ITIL: Change Management, Computer / Network
Operations.
Sources: [cmm_to_itil:IC.AB2]
Try: Which ITIL processes does IC touch? | Which ITIL processes cite IC in the ITIL-to-CMM table?

---
# Which ITIL-to-CMM rows cite a practice, and a practice's links through both tables.
> where is SCM AC10 cited?
SCM.AC10+VE3 (Software Configuration Management (Level 2), Activity 10, Verification 3) (combined
row, printed “AC10, VE3”): “Software baseline audits are conducted according to a documented
procedure.” Production: “Production will be involved in baseline audits.” Maps to ITIL: Change
Management.
The ITIL-to-CMM table does not cite SCM AC10.
Sources: [cmm_to_itil:SCM.AC10+VE3]
Try: Which ITIL processes does SCM touch? | Which ITIL processes cite SCM in the ITIL-to-CMM table?

> which ITIL processes cite RM AC3 in the ITIL to CMM table?
The ITIL-to-CMM table cites RM AC3 for: Change Management.
row                 ITIL process        CMM references (as printed)
────────────────────────────────────────────────────────────────────────────────────────────────────
change-management   Change Management   L2: RM Activity 3, L2: SCM Ability 1, Activity 5, Activity
                                        6, L2: SPTO Activity 2, L3: SPE Activity 10
Sources: [itil_to_cmm:change-management]
Try: RM AC3?

> how is SPP AC11 linked to ITIL processes through both tables?
SPP AC11 links to Capacity Management, Change Management, Computer / Network Operations, Service
Level Management across both tables.
path                                      ITIL processes
────────────────────────────────────────────────────────────────────────────────────────────────────
CMM-to-ITIL SPP.AC11                      Change Management, Capacity Management, Service Level
                                          Management
ITIL-to-CMM computer-network-operations   Computer / Network Operations
ITIL-to-CMM capacity-management           Capacity Management
Sources: [cmm_to_itil:SPP.AC11] [itil_to_cmm:computer-network-operations]
[itil_to_cmm:capacity-management]

---
# Whole KPAs: the processes they map to, the rows that cite them, their rows. "and SCM?"
# keeps the question and swaps the KPA.
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

---
> which ITIL processes cite SPE in the ITIL to CMM table?
7 ITIL-to-CMM rows (ITIL processes) citing SPE practices: Change Management: CMM column “L2: RM
Activity 3, L2: SCM Ability 1, Activity 5, Activity 6, L2: SPTO Activity 2, L3: SPE Activity 10”
Software Control & Distribution: CMM column “L2: SCM Activity 2, Activity 7; L3: SPE Activity 8”
Computer / Network Operations: CMM column “L2: SPP Activity 11, L2: SCM Activity 3, L3: SPE Activity
8” Customer Relationship Management: CMM column “L3: SPE Activity 2, L3: IC Activity 1” Service
Level Management: CMM column “L2 RM: Activity 1, L3 SPE: Activity 2; L3 IC: Activity 7” Contingency
Planning: CMM column “L2: SPP Activity 13, L2: SPTO Activity 10, L3: SPE Activity 10” Business IT
Alignment: CMM column “L3: SPE Activity 2, L3: ISM Activity 11”
Sources: [itil_to_cmm:change-management] [itil_to_cmm:software-control-distribution]
[itil_to_cmm:computer-network-operations] [itil_to_cmm:customer-relationship-management]
[itil_to_cmm:service-level-management] [itil_to_cmm:contingency-planning]
[itil_to_cmm:business-it-alignment]

> which ITIL processes cite SPP?
4 ITIL processes cite Software Project Planning (SPP) in the ITIL-to-CMM table: Computer / Network
Operations, Capacity Management, Contingency Planning, Planning and Control.
row                           ITIL process                    CMM references (as printed)
────────────────────────────────────────────────────────────────────────────────────────────────────
computer-network-operations   Computer / Network Operations   L2: SPP Activity 11, L2: SCM Activity
                                                              3, L3: SPE Activity 8
capacity-management           Capacity Management             L2 SPP Activity 11, Activity 14
contingency-planning          Contingency Planning            L2: SPP Activity 13, L2: SPTO Activity
                                                              10, L3: SPE Activity 10
planning-control              Planning and Control            L2: SPP and SPTO KPAs; L3: ISM KPA
Sources: [itil_to_cmm:computer-network-operations] [itil_to_cmm:capacity-management]
[itil_to_cmm:contingency-planning] [itil_to_cmm:planning-control]
Try: Which ITIL processes does SPP touch?

> and SCM?
7 ITIL processes cite Software Configuration Management (SCM) in the ITIL-to-CMM table: Helpdesk /
Incident Management, Problem Management, Change Management, Configuration Management, Software
Control & Distribution, Computer / Network Operations, Security Management.
row                             ITIL process                      CMM references (as printed)
────────────────────────────────────────────────────────────────────────────────────────────────────
helpdesk-incident-management    Helpdesk / Incident Management    L2: SCM Activity 5
problem-management              Problem Management                L2: SCM Activity 5; L2: SPTO
                                                                  Activity 9
change-management               Change Management                 L2: RM Activity 3, L2: SCM Ability
                                                                  1, Activity 5, Activity 6, L2:
                                                                  SPTO Activity 2, L3: SPE Activity
                                                                  10
configuration-management        Configuration Management          L2: SCM Activity 3, Activity 4,
                                                                  Activity 8
software-control-distribution   Software Control & Distribution   L2: SCM Activity 2, Activity 7;
                                                                  L3: SPE Activity 8
computer-network-operations     Computer / Network Operations     L2: SPP Activity 11, L2: SCM
                                                                  Activity 3, L3: SPE Activity 8
security-management             Security Management               L2: SCM Activity 3, Ability 2
Sources: [itil_to_cmm:helpdesk-incident-management] [itil_to_cmm:problem-management]
[itil_to_cmm:change-management] [itil_to_cmm:configuration-management]
[itil_to_cmm:software-control-distribution] [itil_to_cmm:computer-network-operations]
[itil_to_cmm:security-management]
Try: Which ITIL processes does SCM touch?

---
> list the Training Program rows
Training Program (TP) has 6 rows in the CMM-to-ITIL tables:
row          key practice                  production involvement        mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
TP.CO1       The organization follows a    Production should be          Software Control &
             written policy for meeting    involved in the development   Distribution, Change
             its training needs.           an organizational training    Management, Customer
                                           policy, and adherence to      Relationship Management,
                                           that policy.                  Service Level Management
TP.AB1+AB2   A group responsible for       The training group may be     Change Management, Customer
             fulfilling the training       comprised of individuals      Relationship Management,
             needs of the organization     from different departments,   Service Level Management
             exists and is funded.         of which production is one.
TP.AC2+AC3   The organization's training   Production should             Customer Relationship
             plan is developed and         participate in the            Management, Service Level
             revised according to a        development/revision of the   Management, Change
             documented procedure.         organizations training        Management
                                           plan, and follow that plan.
TP.AC5       A waiver procedure for        Production should adhere to   Service Level Management
             required training is          the waiver procedure.
             established and used to
             determine whether
             individuals already possess
             the knowledge and skills
             required to perform in
             their designated roles.
TP.AC6       Records of training are       Production should supply      Customer Relationship
             maintained.                   training data as              Management
                                           appropriate.
TP.VE1       The training program          Production should             Service Level Management
             activities are reviewed       participate in reviews of
             with senior management on a   the training program.
             periodic basis.
Sources: [cmm_to_itil:TP.CO1] [cmm_to_itil:TP.AB1+AB2] [cmm_to_itil:TP.AC2+AC3] [cmm_to_itil:TP.AC5]
[cmm_to_itil:TP.AC6] [cmm_to_itil:TP.VE1]
Try: Which ITIL processes does TP touch? | Which ITIL processes cite TP in the ITIL-to-CMM table?

---
# The holes in the CMM-to-ITIL tables.
> which KPAs have no touch points?
Software Quality Assurance (SQA): “No significant touch points with production for this Key Process
Area (KPA).”
Sources: [cmm_to_itil:SQA]
Try: Which rows have an empty mapping? | How many KPAs does CMM have?

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
