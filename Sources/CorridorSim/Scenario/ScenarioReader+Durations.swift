/// Durations: the one reading of hours in every distribution form, so one range
/// (`ScenarioLimits.hours`) holds for each.
extension ScenarioReader {
  /// A number of hours (fixed) or `{fixed|uniform|triangular|lognormal: {…}}` in hours.
  func duration(_ node: ScenarioNode) throws(ScenarioError) -> DurationDistribution {
    if case .scalar = node.node.content { return .fixed(try node.hours()) }
    let pairs = try node.pairs()
    guard pairs.count == 1, let (form, body) = pairs.first else {
      throw node.error(
        .invalidValue(
          "a duration is hours, or one of {fixed: h}, {uniform: {min, max}}, "
            + "{triangular: {min, mode, max}}, {lognormal: {median, sigma}}"))
    }
    switch form {
    case "fixed":
      return .fixed(try body.hours())
    case "uniform":
      let object = try body.object(allowed: ["min", "max"])
      let low = try object.required("min").hours()
      let high = try object.required("max").hours()
      guard low <= high else { throw body.error(.invalidValue("min is greater than max")) }
      return .uniform(min: low, max: high)
    case "triangular":
      let object = try body.object(allowed: ["min", "mode", "max"])
      let low = try object.required("min").hours()
      let mode = try object.required("mode").hours()
      let high = try object.required("max").hours()
      guard low <= mode, mode <= high else {
        throw body.error(.invalidValue("triangular needs min ≤ mode ≤ max"))
      }
      return .triangular(min: low, mode: mode, max: high)
    case "lognormal":
      let object = try body.object(allowed: ["median", "sigma"])
      return .lognormal(
        median: try object.required("median").hours(),
        sigma: try object.required("sigma").number(in: ScenarioLimits.lognormalSigma))
    default:
      let forms = ["fixed", "uniform", "triangular", "lognormal"]
      let hint = Suggestion.closest(to: form, in: forms).map { " (did you mean '\($0)'?)" } ?? ""
      throw body.error(
        .invalidValue(
          "unknown duration form '\(form)'\(hint); expected one of \(forms.joined(separator: ", "))"
        ))
    }
  }
}
