/// The bounds every record is checked against. One place, so the API documentation, the
/// validator and the tests agree.
public enum Limits {
    /// Weekly hours, inclusive.
    public static let hours = 0.0...48.0
    /// Denmark's bounding box (with Bornholm and Skagen).
    public static let latitude = 54.5...57.8
    /// Denmark's bounding box.
    public static let longitude = 8.0...15.3
    /// Longest commute a citizen may give, km.
    public static let maxCommuteKm = 0.0...200.0
    /// Name and title length.
    public static let shortText = 1...200
    /// Description length.
    public static let longText = 0...5000
    /// Competencies a citizen may list.
    public static let citizenCompetencies = 50
    /// Job goals a citizen may list.
    public static let jobGoals = 10
    /// Needs a citizen may list.
    public static let needs = 64
    /// Competencies an opening or slot may ask for.
    public static let requirements = 30
    /// Offers or demands an opening or slot may list.
    public static let offersOrDemands = 40
    /// Places in one slot.
    public static let capacity = 1...500
    /// Competency levels.
    public static let level = 1...3
}
