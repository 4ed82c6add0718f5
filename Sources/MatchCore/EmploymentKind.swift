/// The kind of employment an opening or slot offers, and a citizen may accept.
public enum EmploymentKind: String, Codable, CaseIterable, Sendable {
    /// Fleksjob: permanent job on reduced hours, for fleksjob-approved citizens only.
    case flexJob
    /// Ordinary paid hours (ordinære timer).
    case ordinaryHours
    /// Virksomhedspraktik: an unpaid work trial while on benefits.
    case workTrial
    /// Løntilskud: a wage-subsidy job.
    case wageSubsidy

    /// The kind's bit in a `KindSet`, in declaration order (a `switch`: looking the kind up in
    /// `allCases` built that array for every kind of every citizen read at start-up).
    var bit: UInt8 {
        switch self {
        case .flexJob: 1
        case .ordinaryHours: 2
        case .workTrial: 4
        case .wageSubsidy: 8
        }
    }
}

/// A set of employment kinds as a bitmask, so the ranker checks acceptance in one instruction.
public struct KindSet: Hashable, Sendable {
    /// The raw mask, one bit per `EmploymentKind`.
    public let rawValue: UInt8

    /// Creates the set of the given kinds.
    public init(_ kinds: some Sequence<EmploymentKind>) {
        rawValue = kinds.reduce(0) { $0 | $1.bit }
    }

    /// Whether the set holds `kind`.
    public func contains(_ kind: EmploymentKind) -> Bool { rawValue & kind.bit != 0 }

    /// The kinds in the set, in declaration order.
    public var kinds: [EmploymentKind] { EmploymentKind.allCases.filter(contains) }
}

/// Where the citizen stands in the job centre's case categories.
public enum CitizenStatus: String, Codable, CaseIterable, Sendable {
    /// Fleksjobvisiteret: approved for fleksjob (including ledige fleksjobbere).
    case flexJobApproved
    /// In a ressourceforløb: furthest from the labour market.
    case resourceProgramme
    /// Aktivitetsparat.
    case activityReady
    /// Jobparat: nearest the labour market.
    case jobReady
}
