/// Cargo categories of the built-in scenarios, per 40 ft container (FEU).
///
/// Gross tonnes stay under the CR rule of 25 t per 40 ft box [S23]; general cargo averages
/// ≈ 10.3 t per TEU at Zhengzhou (derived [S40]) ≈ 21 t gross per FEU, e-commerce boxes are
/// lighter (est.). Parcels ≈ 2,400 per TEU [S61][S07] ⇒ ≈ 4,800 per FEU for parcel freight,
/// spread by density (est.). Values: Zhengzhou 2020 US$4.277 bn over 1,126 trains [S66] ≈
/// US$85k per FEU on average (derived); the per-category ranges (est.) are spread around it
/// so that the boxes of a year average ≈ US$85k (measured in `RealismTests`).
enum BuiltInCargo {
  static let categories: [CargoCategory] = [
    // Westbound e-commerce: clothing, electronics, household appliances, cosmetics [S07][S90],
    // digital products and gym equipment [S89], toys [S40].
    category(
      "apparel", "Apparel & shoes", tonnes: 8...14, parcels: 3_800...5_800, value: 30_000...80_000),
    category(
      "electronics", "Electronics", tonnes: 7...13, parcels: 3_000...5_000, value: 75_000...200_000
    ),
    category(
      "household", "Household goods", tonnes: 9...16, parcels: 2_500...4_500,
      value: 25_000...70_000),
    category("toys", "Toys", tonnes: 6...11, parcels: 3_500...6_000, value: 20_000...55_000),
    category(
      "cosmetics", "Cosmetics & beauty", tonnes: 8...14, parcels: 4_000...6_500,
      value: 60_000...175_000),
    category(
      "sports", "Sports & gym equipment", tonnes: 9...16, parcels: 2_000...4_000,
      value: 25_000...75_000),
    // General CRE freight: auto parts, machinery [S38][S81].
    category("auto_parts", "Auto parts", tonnes: 14...24, parcels: 0...0, value: 40_000...125_000),
    // Eastbound Belgian/EU exports: steel mechanical products [S06], luxury goods, cosmetics,
    // wine and beer [S07], food and machinery [S49][S91].
    category(
      "machinery_steel", "Machinery & steel", tonnes: 16...25, parcels: 0...0,
      value: 30_000...150_000),
    category("chocolate", "Chocolate", tonnes: 12...20, parcels: 0...0, value: 50_000...125_000),
    category("beer", "Beer & wine", tonnes: 18...24, parcels: 0...0, value: 15_000...45_000),
    category(
      "pharma", "Pharmaceuticals", tonnes: 8...16, parcels: 0...0, value: 150_000...600_000),
    category("food", "Processed food", tonnes: 15...24, parcels: 0...0, value: 20_000...60_000),
  ]

  /// Cainiao westbound mix (est. from [S07][S90][S89]: clothing and electronics lead).
  static let cainiaoWestbound = shares(
    ("apparel", 30), ("electronics", 28), ("household", 18), ("toys", 8), ("cosmetics", 9),
    ("sports", 7))
  /// Liège eastbound mix (est. from [S06][S07][S91][S92]).
  static let belgianExports = shares(
    ("machinery_steel", 35), ("chocolate", 10), ("beer", 12), ("pharma", 13), ("cosmetics", 15),
    ("food", 15))
  /// General Zhengzhou / CRE westbound freight (est.: machinery, autos and electronics > 60 %
  /// of exports in 2024 [S81]; electronics largest westbound commodity [S92]).
  static let creWestbound = shares(
    ("electronics", 30), ("auto_parts", 25), ("household", 15), ("apparel", 15), ("toys", 5),
    ("sports", 10))
  /// General EU→China freight (est. from [S49][S91][S93]).
  static let creEastbound = shares(
    ("machinery_steel", 40), ("auto_parts", 15), ("food", 25), ("cosmetics", 10), ("pharma", 10))

  private static func category(
    _ id: String, _ name: String, tonnes: ClosedRange<Double>, parcels: ClosedRange<Int>,
    value: ClosedRange<Double>
  ) -> CargoCategory {
    CargoCategory(
      id: id, name: name, grossTonnes: tonnes, parcelsPerFEU: parcels, valuePerFEU: value)
  }

  private static func shares(_ pairs: (String, Double)...) -> [CargoShare] {
    pairs.map { CargoShare(category: $0.0, weight: $0.1) }
  }
}
