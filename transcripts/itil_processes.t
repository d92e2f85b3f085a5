# Regression: ITIL processes. Intents itil_process (output, input and CMM references),
# itil_practices (rows and counts), process_links, density and gaps.
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

> what does problem management give development?
Problem Management gives development: “Application related problems”.
Sources: [itil_to_cmm:problem-management]
Try: What does development give Problem Management? | Which CMM practices does Problem Management
touch?

> what does security management need from development?
Development gives Security Management: “Application authorizations, possible incompatibilities”.
Sources: [itil_to_cmm:security-management]
Try: What does Security Management give development? | Which CMM practices does Security Management
touch?

---
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
> which CMM practices map to Capacity?
8 CMM key practice rows map to Capacity Management (RM 1, SPP 3, SPTO 2, OPF 1, ISM 1):
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
OPF.AB2            Adequate resources and      Production may be           Capacity Management, Cost
                   funding are provided for    involved in supporting
                   the organization's          tools required for the
                   software process            software process
                   activities.                 improvement activities
                                               (e.g., process modeling,
                                               desktop publishing,
                                               database management, and
                                               statistical analysis)
ISM.AC8            The project's critical      Production should be        Capacity Management,
                   computer resources are      heavily involved in         Computer / Network
                   managed according to a      managing the software       Operations
                   documented procedure.       projects CCRs.
Sources: [cmm_to_itil:RM.AB1+AB2] [cmm_to_itil:SPP.AC9+AC10] [cmm_to_itil:SPP.AC11]
[cmm_to_itil:SPP.AC14] [cmm_to_itil:SPTO.AC5+AC6+AC8] [cmm_to_itil:SPTO.AC7] [cmm_to_itil:OPF.AB2]
[cmm_to_itil:ISM.AC8]
Try: What does Capacity Management give development?

---
> how many rows touch change management?
59 CMM-to-ITIL rows mapped to Change Management (RM 1, SPP 10, SPTO 6, SSM 2, SCM 7, OPF 9, OPD 4,
TP 3, ISM 3, SPE 8, IC 6).
row                  key practice               production involvement     mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
RM.AC1+AC3+VE1+VE2   Review of allocated        Participate in peer        Software Control &
                     requirements, changes to   reviews, Software          Distribution, Change
                     requirements, and          Configuration Control      Management
                     project reviews with       Board, and project
                     management.                management reviews as
                                                appropriate.
SPP.CO2              The software project       The policy should          Change Management,
                     follows a written          specify that production    Planning and Control
                     organizational policy      participates in software
                     for planning a software    project planning
                     project.                   estimates, etc.
SPP.AB1              A documented and           The SOW should state any   Change Management
                     approved statement of      dependencies between
                     work exists for the        software and production.
                     software project.
SPP.AC1              The software engineering   Production involved in     Change Management
                     group participates on      scoping the project
                     the project proposal       (preparation and/or
                     team.                      review) as appropriate
SPP.AC3+AC4          The software engineering   Production reviews the     Change Management
                     group participates with    software project plans.
                     other affected groups.     Production commitments
                     Software project           to the software project
                     commitments external to    are identified in the
                     the organization are       plan.
                     reviewed with senior
                     management.
SPP.AC5              A software life cycle      Production roles and       Change Management,
                     (SLC) with predefined      responsibilities are       Computer / Network
                     stages of manageable       identified in the SLC,     Operations, Helpdesk /
                     size is identified or      along with the specific    Incident Management
                     defined.                   tasks where they are
                                                involved.
SPP.AC9+AC10         Estimates for the          Production participates    Change Management,
                     software project's size,   in estimating tasks,       Capacity Management, Cost
                     effort, and costs are      especially where they
                     derived according to a     are involved.
                     documented procedure.
SPP.AC11             Estimates for the          Production should be       Change Management,
                     project's critical         heavily involved in        Capacity Management,
                     computer resources (CCR)   estimating the software    Service Level Management
                     are derived according to   projects CCRs.
                     a documented procedure.
SPP.AC13             The software risks         Production identifies      Change Management
                     associated with the        their risks associated
                     cost, resource,            with the overall
                     schedule, and technical    software project.
                     aspects of the project
                     are identified, assessed
                     and documented.
SPP.AC14             Plans for the project's    Production should be       Change Management,
                     software engineering       heavily involved in        Configuration Management,
                     facilities and support     planning for the host      Capacity Management,
                     tools are prepared.        computers and              Computer / Network
                                                peripherals for software   Operations
                                                development, software
                                                test computers and
                                                peripherals, target
                                                computer environment
                                                software, etc., for the
                                                software project.
SPP.VE1+VE2          Management reviews.        Production attends the     Change Management
                                                software project reviews
                                                as appropriate.
SPTO.CO2             The project follows a      The policy should          Change Management
                     written organizational     specify that production
                     policy for managing the    is involved when changes
                     software project.          to the software
                                                commitments are made.
SPTO.AB1             A software development     Production approves the    Change Management
                     plan for the software      software project plan
                     project is documented      for projects they have
                     and approved.              commitments.
SPTO.AC2+AC3+AC4     The project's software     Production reviews the     Change Management,
                     development plan is        software project plans.    Software Control &
                     revised according to a     Production commitments     Distribution
                     documented procedure.      to the software project
                     Software project           are identified in the
                     commitments and changes    plan.
                     to commitments are
                     reviewed according to a
                     documented procedure.
SPTO.AC5+AC6+AC8     The project's software     Production provides        Change Management,
                     size, effort, costs, and   input of actuals for       Configuration Management,
                     schedule are tracked,      their tasks and is         Capacity Management,
                     and corrective actions     involved in negotiations   Service Level Management
                     are taken as necessary.    if changes and
                                                re-planning required.
SPTO.AC10            The software risks         Production helps manage    Change Management
                     associated with cost,      their risks associated
                     resource, schedule, and    with the software
                     technical aspects of the   project.
                     project are tracked.
SPTO.AC13+VE1+VE2    Formal reviews to          Production attends the     Change Management
                     address the                software project reviews
                     accomplishments and        as appropriate.
                     results of the software
                     project are conducted at
                     selected project
                     milestones according to
                     a documented procedure.
                     Project management
                     reviews are conducted.
SSM.AB3              Software Subcontract       Attend orientation.        Change Management,
                     Management (SSM)           Orientation should         Service Level Management
                     training.                  identify how production
                                                is involved in the SSM
                                                process.
SSM.AC2              The software               Production may wish to     Change Management,
                     subcontractor is           be involved, depending     Service Level Management,
                     selected, based on an      on the software work to    Availability Management
                     evaluation of the          be subcontracted, in the
                     subcontract bidders'       selection of the sub.
                     ability to perform the
                     work, according to a
                     documented procedure.
SCM.AB3              Adequate resources and     Production is heavily in   Configuration Management,
                     funding are provided for   providing and supporting   Software Control &
                     performing the SCM         SCM Tools to support the   Distribution, Change
                     activities.                software development and   Management
                                                maintenance activities.
SCM.AB4+AB5          SCM training and           Production should assist   Change Management
                     orientation.               in development of SCM
                                                training and
                                                orientation. Attend
                                                training and orientation
                                                as appropriate.
SCM.AC1+AC2          A documented and           Production reviews the     Change Management,
                     approved SCM plan is       software project’s SCM     Planning and Control
                     used as the basis for      Plan.
                     performing the SCM
                     activities.
SCM.AC6+AC7          Changes to baselines are   Production participates    Change Management,
                     controlled according to    on SCCB and helps ensure   Configuration Management,
                     a documented procedure.    integrity of the           Software Control &
                     Products from the          software baseline          Distribution
                     software baseline          library.
                     library are created and
                     their release is
                     controlled according to
                     a documented procedure.
SCM.AC9              Standard reports           Production on              Change Management
                     documenting the SCM        distribution list of
                     activities and the         reports and possibly
                     contents of the software   even generate some
                     baseline are developed     reports.
                     and made available to
                     affected groups and
                     individuals.
SCM.AC10+VE3         Software baseline audits   Production will be         Change Management
                     are conducted according    involved in baseline
                     to a documented            audits.
                     procedure.
SCM.VE1+VE2          Management reviews SCM     Production attends the     Change Management
                     activities.                software project reviews
                                                as appropriate.
OPF.CO1+CO2+CO3      The organization follows   Production should be       Change Management,
                     a written organizational   involved in the            Planning and Control
                     policy for coordinating    development of a common
                     software process           policy for SPI.
                     development and            Production management
                     improvement activities     should share in the
                     across the organization.   sponsorship and
                     Senior management          oversight of SPI.
                     sponsors and oversees
                     the organization's SPI
                     activities.
OPF.AB1              A group that is            Production should be       Change Management,
                     responsible for the        represented on the         Planning and Control
                     organization's software    Steering Committee,
                     process activities
                     exists.
OPF.AB3              Members of the group       Production staff should    Change Management,
                     responsible for the        also receive appropriate   Software Control &
                     organization's software    training on process        Distribution
                     process activities         improvement
                     receive required           (organizational change
                     training to perform        management, technology
                     these activities.          transition, and process
                                                definition).
OPF.AB4              Members of the software    ITIL and SPI should        Change Management,
                     engineering group and      identify and provide       Software Control &
                     other software- related    orientation on their       Distribution
                     groups receive             respective, and
                     orientation on the         coordinated, process
                     organization's software    improvement activities.
                     process activities and
                     their roles in those
                     activities.
OPF.AC1+AC2+AC3      The software process is    Production and SEPG        Change Management
                     assessed periodically,     should coordinate action
                     and action plans are       plans that resulted from
                     developed to address the   their respective
                     assessment findings.       assessments.
OPF.AC5              New processes, methods,    Production should be       Change Management,
                     and tools in limited use   heavily involved in        Computer / Network
                     in the organization are    evaluating tools and       Operations
                     monitored, evaluated,      transferring them into
                     and, where appropriate,    the organization.
                     transferred to other
                     parts of the
                     organization.
OPF.AC6              Training for the           Production should          Change Management,
                     organization and           participate in             Software Control &
                     projects' software         developing training and    Distribution
                     processes is coordinated   training plans,
                     across the organization.   especially associated
                                                with the software
                                                development and
                                                maintenance
                                                infrastructure they
                                                support.
OPF.AC7              The groups involved in     Production needs to        Change Management,
                     implementing the           participate in project     Software Control &
                     software processes are     advisory groups and        Distribution
                     informed of the            process improvement
                     organization's and         related meetings.
                     projects' activities for
                     software process
                     development and
                     improvement.
OPF.VE1              The activities for         Production should be       Change Management,
                     software process           involved in management     Problem Management
                     development and            reviews of process
                     improvement are reviewed   development and
                     with senior management     improvement activities.
                     on a periodic basis.
OPD.AB1              Adequate resources and     Production may be          Change Management
                     funding are provided for   involved in supporting
                     developing and             tools required for the
                     maintaining the            software process
                     organization's standard    improvement activities
                     software process and       (e.g., process modeling,
                     related process assets.    desktop publishing,
                                                database management)
OPD.AB2              The individuals who        Production staff should    Change Management,
                     develop and maintain the   also receive appropriate   Planning and Control
                     organization's standard    training on process
                     software process and       improvement
                     related process assets     (organizational change
                     receive required           management, technology
                     training to perform        transition, and process
                     these activities.          definition).
OPD.AC1+AC2          The organization's         Production should be       Software Control &
                     standard software          involved in the            Distribution, Change
                     process is developed and   developing the             Management
                     maintained according to    documented procedure for
                     a documented procedure     developing and
                     and established            maintaining standard
                     standards.                 processes.
OPD.AC3              Descriptions of software   Production should review   Change Management
                     life cycles that are       the SLC for approval of
                     approved for use by the    their involvement the
                     projects are documented    SLC.
                     and maintained.
TP.CO1               The organization follows   Production should be       Software Control &
                     a written policy for       involved in the            Distribution, Change
                     meeting its training       development an             Management, Customer
                     needs.                     organizational training    Relationship Management,
                                                policy, and adherence to   Service Level Management
                                                that policy.
TP.AB1+AB2           A group responsible for    The training group may     Change Management,
                     fulfilling the training    be comprised of            Customer Relationship
                     needs of the               individuals from           Management, Service Level
                     organization exists and    different departments,     Management
                     is funded.                 of which production is
                                                one.
TP.AC2+AC3           The organization's         Production should          Customer Relationship
                     training plan is           participate in the         Management, Service Level
                     developed and revised      development/revision of    Management, Change
                     according to a             the organizations          Management
                     documented procedure.      training plan, and
                                                follow that plan.
ISM.AC9              The critical               Production should be       Change Management
                     dependencies and           made of aware if they
                     critical paths of the      are on the critical
                     project's software         path, and then manage
                     schedule are managed       accordingly.
                     according to a
                     documented procedure.
ISM.AC10             The project's software     Production should manage   Change Management,
                     risks are identified,      any risks associated       Planning and Control
                     assessed, documented,      with their participation
                     and managed according to   on the project.
                     a documented procedure.
ISM.AC11+VE1+VE2     Reviews of the software    Production should          Change Management,
                     project are periodically   participate in project     Planning and Control,
                     performed to determine     management reviews as      Customer Relationship
                     the actions needed to      appropriate.               Management, Service Level
                     bring the software                                    Management
                     project's performance
                     and results in line with
                     the current and
                     projected needs of the
                     business, customer, and
                     end users, as
                     appropriate.
SPE.CO1+AB1          The project follows a      Production should          Change Management,
                     written organizational     participate in             Software Control &
                     policy for performing      integration of software    Distribution
                     the software engineering   tools and have adequate
                     activities.                resources to provide
                                                those tools.
SPE.AB4              The project manager and    Production should          Change Management
                     all software managers      provide orientation to
                     receive orientation in     the software project
                     the technical aspects of   managers on production’s
                     the software project.      involvement in the
                                                software process.
SPE.AC1              Appropriate software       Production should be       Change Management,
                     engineering methods and    involved in integrating    Software Control &
                     tools are integrated       appropriate tools for      Distribution,
                     into the project's         the project (e.g., CM      Configuration Management
                     defined software           tools)
                     process.
SPE.AC2              The software               Participate in             Change Management,
                     requirements are           identifying the            Availability Management
                     developed, maintained,     Technical Service
                     documented, and verified   Requirements for the
                     by systematically          project.
                     analyzing the allocated
                     requirements according
                     to the project's defined
                     software process.
SPE.AC5+AC6+AC7      Software testing (e.g.,    Production supports        Change Management
                     unit, integration, and     testing.
                     system) is performed
                     according to the
                     project's defined
                     software process.
SPE.AC8              The documentation that     Production involved in     Change Management,
                     will be used to operate    development of             Computer / Network
                     and maintain the           operator's manual,         Operations, Helpdesk /
                     software is developed      maintenance manual,        Incident Management
                     and maintained according   etc., and/or peer review
                     to the project's defined   of those manuals.
                     software process.
SPE.AC10             Consistency is             Production should be       Change Management
                     maintained across          involved in helping to
                     software work products,    keep the software work
                     including the software     products current, or
                     plans, process             made aware of changes
                     descriptions, allocated    that may affect their
                     requirements, software     work products for the
                     requirements, software     project.
                     design, code, test
                     plans, and test
                     procedures.
SPE.VE1+VE2          Formal reviews to          Production attends the     Change Management
                     address the                software project reviews
                     accomplishments and        as appropriate.
                     results of the software
                     project are conducted at
                     selected project
                     milestones according to
                     a documented procedure.
                     Project management
                     reviews are conducted.
IC.CO1               The project follows a      Production should          Change Management
                     written organizational     participate in the
                     policy for establishing    development of
                     interdisciplinary          interdisciplinary
                     engineering teams.         engineering teams.
IC.AB2               The support tools used     Production should be       Change Management,
                     by the different           heavily involved in the    Computer / Network
                     engineering groups are     selection of support       Operations
                     compatible to enable       tools to be used by the
                     effective communication    different groups to
                     and coordination.          ensure they are
                                                compatible.
IC.AC2+AC7           Representatives of the     Production needs to        Change Management
                     project's software         attend software
                     engineering group work     technical reviews and/or
                     with representatives of    work with the software
                     the other engineering      group to manage
                     groups to monitor and      technical activities and
                     coordinate technical       issues.
                     activities and resolve
                     technical issues.
IC.AC3               A documented plan is       Production should be       Change Management
                     used to communicate        involved in the
                     intergroup commitments     development of the
                     and to coordinate and      communications plan for
                     track the work             the project.
                     performed.
IC.AC4               Critical dependencies      Production should be       Change Management
                     between engineering        made of aware if they
                     groups are identified,     are on the critical
                     negotiated, and tracked    path, and then manage
                     according to a             accordingly.
                     documented procedure.
IC.AC5               Work products produced     Production should          Change Management
                     as input to other          understand their inputs
                     engineering groups are     and outputs to the SLC,
                     reviewed by                and ensure reviews of
                     representatives of the     those deliverables
                     receiving groups to        occur.
                     ensure that the work
                     products meet their
                     needs.
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
[cmm_to_itil:IC.AC4] [cmm_to_itil:IC.AC5]

---
# Two processes: the CMM-to-ITIL rows that map to both.
> what do change management and configuration management have in common?
5 CMM-to-ITIL rows map to both Change Management and Configuration Management.
row                key practice                             mapping to ITIL
────────────────────────────────────────────────────────────────────────────────────────────────────
SPP.AC14           Plans for the project's software         Change Management, Configuration
                   engineering facilities and support       Management, Capacity Management,
                   tools are prepared.                      Computer / Network Operations
SPTO.AC5+AC6+AC8   The project's software size, effort,     Change Management, Configuration
                   costs, and schedule are tracked, and     Management, Capacity Management, Service
                   corrective …                             Level Management
SCM.AB3            Adequate resources and funding are       Configuration Management, Software
                   provided for performing the SCM          Control & Distribution, Change
                   activities.                              Management
SCM.AC6+AC7        Changes to baselines are controlled      Change Management, Configuration
                   according to a documented procedure.     Management, Software Control &
                   Products from …                          Distribution
SPE.AC1            Appropriate software engineering         Change Management, Software Control &
                   methods and tools are integrated into    Distribution, Configuration Management
                   the project's …
Sources: [cmm_to_itil:SPP.AC14] [cmm_to_itil:SPTO.AC5+AC6+AC8] [cmm_to_itil:SCM.AB3]
[cmm_to_itil:SCM.AC6+AC7] [cmm_to_itil:SPE.AC1]

---
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

---
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
