/// The Danish company registration number (CVR-nummer): 8 digits whose weighted sum with the
/// weights 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11.
public enum CVR {
    /// Whether `value` is a well-formed CVR number.
    public static func isValid(_ value: String) -> Bool {
        let digits = value.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard value.count == 8, digits.count == 8, digits[0] != 0 else { return false }
        let weights = [2, 7, 6, 5, 4, 3, 2, 1]
        return zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11 == 0
    }
}
