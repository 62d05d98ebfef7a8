import Testing

@testable import CorridorSim

/// `BranchTable.nearest`, the one-sweep search for each route position's nearest main-line
/// station, picks what comparing every pair picks (ties to the earlier), on growing km.
@Suite("Branch junctions")
struct BranchJunctionTests {
  static func pairwise(_ shared: [Int], _ km: [Double]) -> [Int] {
    km.indices.map { p in shared.min { abs(km[$0] - km[p]) < abs(km[$1] - km[p]) } ?? shared[0] }
  }

  @Test("equal to the pairwise search on 500 random routes, ties and equal km included")
  func matchesPairwise() {
    var random = RandomSource(seed: 11)
    for _ in 0..<500 {
      let count = 1 + Int(random.unit() * 40)
      var km: [Double] = []
      var total = 0.0
      for _ in 0..<count {
        // Whole km, often zero: equal distances and equal km both happen.
        total += (random.unit() * 4).rounded(.down)
        km.append(total)
      }
      var shared = km.indices.filter { _ in random.unit() < 0.3 }
      if shared.isEmpty { shared = [Int(random.unit() * Double(count))] }
      let offLine = km.indices.filter { !shared.contains($0) }
      let fast = BranchTable.nearest(of: shared, km: km)
      let slow = Self.pairwise(shared, km)
      #expect(offLine.map { fast[$0] } == offLine.map { slow[$0] }, "km \(km) shared \(shared)")
    }
  }

  @Test("km that do not grow are searched pair by pair")
  func fallsBack() {
    let km: [Double] = [0, 5, 3, .nan, 9]
    #expect(BranchTable.nearest(of: [0, 4], km: km) == Self.pairwise([0, 4], km))
  }
}
