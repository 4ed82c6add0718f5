/// The places of a block's members as a latitude/longitude box, with the smallest latitude
/// cosine among them, so the ranker can bound from below the distance from a point to every
/// member and skip a block beyond every member's commute at once. The box only grows: a member
/// that leaves keeps it wide, which costs pruning, never exactness.
struct BlockBox: Sendable {
    var minLat = Double.infinity, maxLat = -Double.infinity
    var minLon = Double.infinity, maxLon = -Double.infinity
    var minCos = Double.infinity

    /// Widens the box to hold a member at (`lat`, `lon`) whose latitude cosine is `cosLat`.
    mutating func include(lat: Double, lon: Double, cosLat: Double) {
        minLat = min(minLat, lat)
        maxLat = max(maxLat, lat)
        minLon = min(minLon, lon)
        maxLon = max(maxLon, lon)
        minCos = min(minCos, cosLat)
    }

    /// Widens the box to hold every member of `other`.
    mutating func include(_ other: BlockBox) {
        minLat = min(minLat, other.minLat)
        maxLat = max(maxLat, other.maxLat)
        minLon = min(minLon, other.minLon)
        maxLon = max(maxLon, other.maxLon)
        minCos = min(minCos, other.minCos)
    }

    /// A lower bound of `Geo.distanceKm` from (`lat`, `lon`, `cosLat`) to any member. It is
    /// `Geo.distanceKm`'s own formula with each term replaced by its smallest value over the box,
    /// and every floating-point step of that formula is monotone, so no member's computed
    /// distance is below it; infinity for an empty box.
    @inline(__always)
    func minDistanceKm(lat: Double, lon: Double, cosLat: Double) -> Double {
        guard minLat <= maxLat else { return .infinity }
        let dLat = lat < minLat ? minLat - lat : lat > maxLat ? lat - maxLat : 0
        let dLon = lon < minLon ? minLon - lon : lon > maxLon ? lon - maxLon : 0
        let x = dLon * ((minCos + cosLat) * 0.5)
        return (x * x + dLat * dLat).squareRoot() * (Double.pi / 180) * Geo.earthRadiusKm
    }
}
