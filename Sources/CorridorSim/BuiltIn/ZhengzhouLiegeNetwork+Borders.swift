/// Border customs and gauge-change terminals of the built-in network (facts §1.4, §1.5, §4).
extension CustomsPoint {
  /// China export clearance at Alashankou. CSV dwell 6 h (est.); 12 trains/day on the
  /// 1435 mm side [S28] ⇒ 3 trains cleared at once at ≈ 6 h each (est.). Paperwork holds are
  /// rare since paperless e-clearance [S02][S81] (est. 3 %, median 8 h).
  static let alashankouExport = CustomsPoint(
    capacity: 3, clearance: .triangular(min: 3 * 3_600, mode: 6 * 3_600, max: 8 * 3_600),
    holdProbability: 0.03, hold: .lognormal(median: 8 * 3_600, sigma: 0.5))

  /// Kazakh (EAEU) entry customs at Dostyk, done while the train is re-formed. (est.) 1 h,
  /// 4 at once; 5 % held (median 8 h).
  static let dostykEntry = CustomsPoint(
    capacity: 4, clearance: .triangular(min: 1_800, mode: 3_600, max: 2 * 3_600),
    holdProbability: 0.05, hold: .lognormal(median: 8 * 3_600, sigma: 0.5))

  /// Belarus exit at Brest: 8 h 30 min per train needing reloading (2019) [S33]; trains queue
  /// on the BY side for customs, partly for missing documents [S45] (est. 10 % held, median
  /// 12 h, σ 0.5: nine in ten within a day, none for a week; a held train waits in the yard
  /// and leaves its clearing position to the next). 3 clearing positions (est.) ⇒ ≈ 9
  /// trains/day.
  static let brestExit = CustomsPoint(
    capacity: 3, clearance: .triangular(min: 5 * 3_600, mode: 8 * 3_600 + 1_800, max: 10 * 3_600),
    holdProbability: 0.10, hold: .lognormal(median: 12 * 3_600, sigma: 0.5))

  /// EU entry (T1 transit, sanitary checks) at Małaszewicze. (est.) 1–6 h, mode 3 h, 2 at
  /// once; 8 % held (median 8 h).
  static let malaszewiczeEntry = CustomsPoint(
    capacity: 2, clearance: .triangular(min: 3_600, mode: 3 * 3_600, max: 6 * 3_600),
    holdProbability: 0.08, hold: .lognormal(median: 8 * 3_600, sigma: 0.5))
}

extension GaugeChangeTerminal {
  /// Dostyk 1435→1520: processing 4 h 15 min per train (2016, was 9 h) [S29]; 15 trains/day
  /// on the 1520 mm side [S28]. (est.) base 2–4 h + 150 s per FEU (≈ 4.5 h for 45 FEU),
  /// 3 trains at once ⇒ ≈ 16 trains/day.
  static let dostyk = GaugeChangeTerminal(
    capacity: 3, baseTime: .triangular(min: 2 * 3_600, mode: 5 * 1_800, max: 4 * 3_600),
    perContainerSeconds: 150)

  /// Małaszewicze 1520→1435: works cut handling capacity from 14 to 8 trains/day [S43].
  /// (est.) 3 tracks, base median 6.5 h, lognormal σ 0.45 (mean ≈ 7.2 h; shunting,
  /// inspection, waiting for EU wagons and re-forming vary far more than the cranes' ~40 min
  /// [S58]) + 180 s per FEU ⇒ ≈ 8 trains/day. Waits of ≈ 2 days [S42] then emerge from
  /// near-capacity traffic, holds at Brest and closures. When 5 trains wait (more than half a
  /// day's work), the Adampol terminal next door (6 trains/day [S57]) takes 2 at once, so a
  /// backlog after a closure drains in days, not months.
  static let malaszewicze = GaugeChangeTerminal(
    capacity: 3, baseTime: .lognormal(median: 6 * 3_600 + 1_800, sigma: 0.45),
    perContainerSeconds: 180, overflowCapacity: 2, overflowWhenQueued: 5)
}
