// swift-tools-version:6.0
// railtop: a live terminal dashboard for the Zhengzhou ⇄ Liège e-commerce rail corridor.
// Layers and the rules between them: docs/DECISIONS.md and ../shared/design/ARCHITECTURE.md.
import PackageDescription

#if os(Linux)
  import Glibc

  /// Release links of `railtop` on Linux use lld with packed relative relocations (DT_RELR).
  ///
  /// The static-stdlib binary has tens of thousands of relative relocations (77,000 while it
  /// still linked Foundation); ld.so reads them all at start-up, and gold's 1.9 MB `.rela.dyn`
  /// stayed resident. Packed, they take 15 kB (docs/DECISIONS.md D24). Only glibc ≥ 2.36 can
  /// load such a binary, so an older system links as before.
  let packedRelocations: [LinkerSetting] = {
    // "glibc 2.36"; confstr is empty (0) on a C library that is not glibc.
    var text = [CChar](repeating: 0, count: 64)
    guard confstr(Int32(_CS_GNU_LIBC_VERSION), &text, text.count) > 0 else { return [] }
    let version = String(decoding: text.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self)
      .split(separator: " ").last?.split(separator: ".").compactMap { Int($0) } ?? []
    guard version.count >= 2, (version[0], version[1]) >= (2, 36) else { return [] }
    return [
      .unsafeFlags(
        ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
        .when(platforms: [.linux], configuration: .release))
    ]
  }()
#else
  let packedRelocations: [LinkerSetting] = []
#endif

let package = Package(
  name: "railtop",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "railtop", targets: ["railtop"]),
    .library(name: "CorridorSim", targets: ["CorridorSim"]),
    .library(name: "TermRender", targets: ["TermRender"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
  ],
  targets: [
    // Which scalars never reach a terminal raw, and their escapes (terminal text, JSON); no
    // dependencies, so the engine and the renderer share it without knowing each other.
    .target(name: "SafeText"),
    // A cache prefetch hint the engine's event loop gives for the next event's train (D79).
    .target(name: "CPrefetch"),
    // The simulation engine: pure, deterministic, no I/O, no clock, no Dispatch.
    .target(
      name: "CorridorSim",
      dependencies: [
        .product(name: "DequeModule", package: "swift-collections"),
        "CYAML", "CPrefetch", "SafeText",
      ]
    ),
    // Cells, buffers, diffs, layout and widgets; knows nothing of trains or terminals.
    .target(name: "TermRender", dependencies: ["SafeText"]),
    // App state, reducer, key map, panes, themes and the headless renderer.
    .target(name: "Dashboard", dependencies: ["CorridorSim", "TermRender", "SafeText"]),
    // libyaml (Debian's libyaml-dev): the YAML parser of scenario files.
    .systemLibrary(
      name: "CYAML", path: "Sources/CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
    // The only target that touches ncursesw.
    .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
    // The crash net: restores the tty when a signal ends the live screen (C: one copy of its
    // state for the signal handler, D68).
    .target(name: "CCrashNet"),
    .target(name: "CursesBackend", dependencies: ["CNCursesW", "CCrashNet", "TermRender", "SafeText"]),
    // systemd's notify protocol (READY=1, WATCHDOG=1) over a datagram socket, and the frame
    // canary that decides when the watchdog may be fed.
    .target(name: "ServiceNotify"),
    .executableTarget(
      name: "railtop",
      dependencies: [
        "CorridorSim", "Dashboard", "CursesBackend", "ServiceNotify", "SafeText",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      linkerSettings: packedRelocations
    ),
    // Release-build benchmarks (see docs/PERFORMANCE.md); not a test.
    .executableTarget(name: "railtop-bench",
                      dependencies: ["CorridorSim", "CursesBackend", "Dashboard", "TermRender"],
                      path: "Sources/RailtopBench"),
    .testTarget(name: "SafeTextTests", dependencies: ["SafeText"]),
    .testTarget(name: "CorridorSimTests", dependencies: ["CorridorSim", "SafeText"],
                exclude: ["Scenario/Fixtures"]),
    .testTarget(
      name: "TermRenderTests", dependencies: ["TermRender", "SafeText"], exclude: ["Snapshots"]),
    .testTarget(
      name: "DashboardTests", dependencies: ["Dashboard", "CorridorSim", "TermRender", "SafeText"],
      exclude: ["Fixtures/InvalidThemes", "Goldens"]),
    // SGR state as terminals keep it, for the tests that read back what was drawn.
    .target(name: "TerminalTestSupport", path: "Tests/TerminalTestSupport"),
    .testTarget(name: "CursesBackendTests",
                dependencies: ["CursesBackend", "TermRender", "TerminalTestSupport"]),
    .testTarget(
      name: "RailtopTests",
      dependencies: ["CorridorSim", "TermRender", "TerminalTestSupport", "ServiceNotify", "SafeText"]),
  ]
)
