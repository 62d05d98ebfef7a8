import Testing

@testable import CorridorSim

@Suite("Random source and distributions")
struct DistributionTests {
  @Test func sameSeedSameStream() {
    var a = RandomSource(seed: 42)
    var b = RandomSource(seed: 42)
    var c = RandomSource(seed: 43)
    let first = (0..<5).map { _ in a.next() }
    #expect(first == (0..<5).map { _ in b.next() })
    #expect(first != (0..<5).map { _ in c.next() })
  }

  @Test(arguments: [
    DurationDistribution.fixed(30), .uniform(min: 10, max: 20),
    .triangular(min: 100, mode: 150, max: 400), .lognormal(median: 3_600, sigma: 0.5),
  ])
  func sampleMeanMatchesDocumentedMean(_ distribution: DurationDistribution) {
    var random = RandomSource(seed: 7)
    let n = 20_000
    var sum = 0.0
    for _ in 0..<n { sum += Double(distribution.sample(using: &random)) }
    let mean = sum / Double(n)
    #expect(abs(mean - distribution.meanSeconds) <= max(1, distribution.meanSeconds * 0.03))
  }

  @Test func triangularStaysInItsRange() {
    var random = RandomSource(seed: 3)
    let distribution = DurationDistribution.triangular(min: 100, mode: 120, max: 300)
    for _ in 0..<5_000 {
      let value = distribution.sample(using: &random)
      #expect((100...300).contains(value))
    }
  }

  @Test func degenerateRangesDoNotTrap() {
    var random = RandomSource(seed: 1)
    let uniform = DurationDistribution.uniform(min: 5, max: 5).sample(using: &random)
    let triangular = DurationDistribution.triangular(min: 9, mode: 3, max: 2).sample(using: &random)
    let fixed = DurationDistribution.fixed(-4).sample(using: &random)
    #expect(uniform == 5 && triangular == 9 && fixed == 0)
  }

  @Test func exponentialHasItsMean() {
    var random = RandomSource(seed: 11)
    let n = 20_000
    let mean = (0..<n).reduce(0.0) { sum, _ in sum + random.exponential(mean: 10) } / Double(n)
    #expect(abs(mean - 10) < 0.3)
  }
}
