@testable import CorridorSim

/// A complete scenario in which every numeric key of the format is a `«placeholder»`, and the
/// lists have room for more items: the range and count tests fill in one and leave the rest
/// at their defaults.
enum RangeTemplate {
  static let text = """
    name: ranges
    title: "Every numeric key"
    epoch: «epoch»
    default_seed: «default_seed»
    corridor_utc_offset_hours: «corridor_utc_offset_hours»

    cargo_categories:
      - {id: apparel, name: Apparel, gross_tonnes: «gross_tonnes», parcels_per_feu: «parcels_per_feu», value_usd_per_feu: «value_usd_per_feu»}
      - {id: machinery, name: Machinery, gross_tonnes: [18, 24], parcels_per_feu: [0, 0], value_usd_per_feu: [80000, 200000]}«more_categories»

    stations:
      - {id: east, name: East, country: CN, lat: «lat», lon: «lon», kind: origin}
      - id: border_a
        name: Border A
        country: KZ
        lat: 45.25
        lon: 82.48
        kind: gauge_change
        dwell: «dwell»
        dwell_capacity: «dwell_capacity»
        yard_capacity: «yard_capacity»
        customs: {capacity: «customs.capacity», clearance: «clearance», hold_probability: «hold_probability», hold: «hold»}
        gauge_change: {capacity: «gauge_change.capacity», base_time: «gauge_change.base_time», per_container_seconds: «gauge_change.per_container_seconds», overflow_capacity: «overflow_capacity», overflow_when_queued: «overflow_when_queued»}
      - {id: border_b, name: Border B, country: PL, lat: 52.04, lon: 23.52, kind: gauge_change, gauge_change: {capacity: 1, base_time: 10, per_container_seconds: 90}}
      - {id: west, name: West, country: BE, lat: 50.64, lon: 5.44, kind: destination}«more_stations»

    segments:
      - {from: east, to: border_a, km: «km», gauge: 1435, speed_kmh: «speed_kmh», headway_hours: «headway_hours»}
      - {from: border_a, to: border_b, km: 5595, gauge: 1520, speed_kmh: 47.5}
      - {from: border_b, to: west, km: 1460, gauge: 1435, speed_kmh: 16}«more_segments»

    routes:
      - {id: main, name: Main, stations: [east, border_a, border_b, west«more_route_stations»]}«more_routes»

    services:
      - id: west-bound
        name: West
        train_prefix: X1
        route: main
        direction: westbound
        utc_offset_hours: «utc_offset_hours»
        departures:
          - {weekday: «weekday», time: "10:00"}
          - {weekday: 6, time: "22:30"}«more_departures»
        train_limit_feu: {1435: «train_limit_feu», 1520: 41}
        load_factor: «load_factor»
        cargo_mix: {apparel: «cargo_mix», machinery: 1}
        planned_transit_hours: «planned_transit_hours»
        on_time_tolerance_hours: «on_time_tolerance_hours»
      - id: east-bound
        name: East
        train_prefix: X2
        route: main
        direction: eastbound
        utc_offset_hours: 1
        departures: [{weekday: 4, time: "08:00"}]
        train_limit_feu: {1435: 45, 1520: 41}
        section_limits_feu: [«section_limits_feu», 41, 45]
        load_factor: 0.3
        cargo_mix: {machinery: 1}
        on_time_tolerance_hours: 24«more_services»

    disruptions:
      - {kind: winter_slowdown, gauge: 1520, months: [«month»], speed_factor: «speed_factor»}
      - {kind: border_hold, station: border_a, per_year: «per_year», duration: «disruption.duration»}
      - {kind: terminal_closure, station: border_b, per_year: 2, duration: 48}«more_disruptions»

    unloading:
      capacity: «unloading.capacity»
      base_time: «unloading.base_time»
      per_container_seconds: «unloading.per_container_seconds»
      hand_off_to: Hub

    """

  /// Where each placeholder's value is read: the key path a refusal must name.
  static let paths: [String: String] = [
    "epoch": "epoch", "default_seed": "default_seed",
    "corridor_utc_offset_hours": "corridor_utc_offset_hours",
    "gross_tonnes": "cargo_categories[0].gross_tonnes",
    "parcels_per_feu": "cargo_categories[0].parcels_per_feu",
    "value_usd_per_feu": "cargo_categories[0].value_usd_per_feu",
    "lat": "stations[0].lat", "lon": "stations[0].lon",
    "dwell": "stations[1].dwell", "dwell_capacity": "stations[1].dwell_capacity",
    "yard_capacity": "stations[1].yard_capacity",
    "customs.capacity": "stations[1].customs.capacity",
    "clearance": "stations[1].customs.clearance",
    "hold_probability": "stations[1].customs.hold_probability",
    "hold": "stations[1].customs.hold",
    "gauge_change.capacity": "stations[1].gauge_change.capacity",
    "gauge_change.base_time": "stations[1].gauge_change.base_time",
    "gauge_change.per_container_seconds": "stations[1].gauge_change.per_container_seconds",
    "overflow_capacity": "stations[1].gauge_change.overflow_capacity",
    "overflow_when_queued": "stations[1].gauge_change.overflow_when_queued",
    "km": "segments[0].km", "speed_kmh": "segments[0].speed_kmh",
    "headway_hours": "segments[0].headway_hours",
    "utc_offset_hours": "services[0].utc_offset_hours",
    "weekday": "services[0].departures[0].weekday",
    "train_limit_feu": "services[0].train_limit_feu.1435",
    "load_factor": "services[0].load_factor", "cargo_mix": "services[0].cargo_mix.apparel",
    "planned_transit_hours": "services[0].planned_transit_hours",
    "on_time_tolerance_hours": "services[0].on_time_tolerance_hours",
    "section_limits_feu": "services[1].section_limits_feu[0]",
    "month": "disruptions[0].months[0]", "speed_factor": "disruptions[0].speed_factor",
    "per_year": "disruptions[1].per_year", "disruption.duration": "disruptions[1].duration",
    "unloading.capacity": "unloading.capacity", "unloading.base_time": "unloading.base_time",
    "unloading.per_container_seconds": "unloading.per_container_seconds",
  ]

  /// The template filled in, loaded as `file`.
  static func load(_ values: [String: String], file: String = "ranges.yaml")
    throws(ScenarioError) -> Scenario
  {
    try ScenarioLoader.load(yaml: filled(values, defaults: RangeCase.defaults), file: file)
  }

  /// The template with `values` in their placeholders, every other numeric placeholder at
  /// `defaults`' value and every list's room for more empty.
  static func filled(_ values: [String: String], defaults: [String: String]) -> String {
    var text = Substring(text)
    var result = ""
    while let open = text.firstRange(of: "«"),
      let close = text[open.upperBound...].firstRange(of: "»")
    {
      result += text[..<open.lowerBound]
      let name = String(text[open.upperBound..<close.lowerBound])
      result += values[name] ?? defaults[name] ?? ""
      text = text[close.upperBound...]
    }
    return result + text
  }
}
