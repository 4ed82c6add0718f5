/// A WGS84 position, with the distance approximation the engine uses everywhere.
public struct GeoPoint: Hashable, Sendable, Codable {
    /// Latitude in degrees.
    public var lat: Double
    /// Longitude in degrees.
    public var lon: Double

    /// Creates a point.
    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// Cosine of the latitude, stored by the index so distances need no trigonometry per pair.
    public var cosLat: Double { Geo.cosine(degrees: lat) }

    /// Distance in km to `other` (see `Geo.distanceKm`).
    public func distanceKm(to other: GeoPoint) -> Double {
        Geo.distanceKm(lat1: lat, lon1: lon, cosLat1: cosLat, lat2: other.lat, lon2: other.lon, cosLat2: other.cosLat)
    }
}

/// Distance on the scale of a commute: an equirectangular projection at the mean latitude,
/// accurate to well under 1 % within Denmark, and exactly symmetric so both ranking
/// directions compute the same value for a pair.
public enum Geo {
    /// Mean Earth radius in km.
    static let earthRadiusKm = 6371.0088

    /// Distance in km between two points whose latitude cosines are given.
    @inline(__always)
    public static func distanceKm(
        lat1: Double, lon1: Double, cosLat1: Double,
        lat2: Double, lon2: Double, cosLat2: Double
    ) -> Double {
        let x = (lon2 - lon1) * ((cosLat1 + cosLat2) * 0.5)
        let y = lat2 - lat1
        return (x * x + y * y).squareRoot() * (Double.pi / 180) * earthRadiusKm
    }

    /// cos(degrees) from the standard library alone: MatchCore imports no Foundation.
    public static func cosine(degrees: Double) -> Double {
        var x = (degrees * Double.pi / 180).truncatingRemainder(dividingBy: 2 * Double.pi)
        if x > Double.pi { x -= 2 * Double.pi }
        if x < -Double.pi { x += 2 * Double.pi }
        // Reduce to [0, π/2] and use a Taylor series there (error < 1e-15).
        var sign = 1.0
        x = abs(x)
        if x > Double.pi / 2 {
            x = Double.pi - x
            sign = -1
        }
        let x2 = x * x
        var term = 1.0
        var sum = 1.0
        for n in stride(from: 2, through: 30, by: 2) {
            term *= -x2 / Double((n - 1) * n)
            sum += term
        }
        return sign * sum
    }
}
