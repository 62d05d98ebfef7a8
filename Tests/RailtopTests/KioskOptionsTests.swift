import Testing

/// The kiosk's options on the command line: ranges checked like the others, a mode or language
/// it lacks named, and the options listed in the root help.
@Suite("Kiosk options")
struct KioskOptionsTests {
  static let bad: [(arguments: [String], message: String)] = [
    (["--kiosk", "--interval", "0"], "railtop: --interval 0 is out of range; use 1–3600 seconds."),
    (["--kiosk", "--idle", "-1"], "railtop: --idle -1 is out of range; use 1–3600 seconds."),
    (
      ["--kiosk", "--shift-every", "2000"],
      "railtop: --shift-every 2000 is out of range; use 1–1440 minutes."
    ),
    (["--kiosk", "bogus"], "railtop: --kiosk bogus is not a kiosk mode; use locked or interactive."),
    (["--kiosk", "--lang", "de"], "railtop: --lang de is not a language; use en, zh or fr."),
    (["interactive"], "railtop: Unexpected argument 'interactive' (not --kiosk)."),
  ]

  @Test("bad kiosk options: exit 2, one message, nothing on stdout", arguments: bad.indices)
  func badOptions(_ index: Int) {
    let (arguments, message) = Self.bad[index]
    let result = BinaryRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix(message + "\n"), "\(result.stderr)")
  }

  @Test("the root help lists every kiosk option and the unlock chord")
  func help() {
    let help = BinaryRunner.run(["--help"]).stdout
    for option in ["--kiosk", "--interval <", "--idle <", "--shift-every <", "--lang <", "--title <"] {
      #expect(help.contains("  \(option)"), "\(option) missing")
    }
    #expect(help.contains("Ctrl-] then") && help.contains("interactive"))
  }
}
