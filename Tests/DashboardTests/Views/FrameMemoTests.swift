import CorridorSim
import Testing

@testable import Dashboard

/// The remembered category names are exactly the dictionary built afresh from the KPI rows,
/// also when the rows change between calls.
@Suite("Remembered category names")
struct FrameMemoTests {
  static func fresh(_ rows: [CategoryTEU]) -> [String: String] {
    var names: [String: String] = [:]
    for row in rows { names[row.category] = row.name }
    return names
  }

  @Test("same rows, renamed rows, added rows and a repeated id each give the fresh dictionary")
  func categoryNamesFollowTheRows() {
    let memo = FrameMemo()
    let first = [
      CategoryTEU(category: "ecom", name: "E-commerce", teu: 4),
      CategoryTEU(category: "auto", name: "Auto parts", teu: 2),
    ]
    let renamed = [
      CategoryTEU(category: "ecom", name: "Parcels", teu: 4),
      CategoryTEU(category: "auto", name: "Auto parts", teu: 9),
    ]
    let added = renamed + [CategoryTEU(category: "wine", name: "Wine", teu: 1)]
    let repeated = added + [CategoryTEU(category: "ecom", name: "Late name", teu: 0)]
    for rows in [first, first, renamed, added, repeated, [], first] {
      #expect(memo.categoryNames(rows) == Self.fresh(rows))
    }
    #expect(memo.categoryNames(repeated)["ecom"] == "Late name")
  }
}
