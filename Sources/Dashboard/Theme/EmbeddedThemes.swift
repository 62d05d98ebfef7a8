// Generated from themes/*.theme by `RECORD_SNAPSHOTS=1 swift test --filter EmbeddedThemeTests`.
// Do not edit by hand: EmbeddedThemeTests fails when this copy and the files differ.

/// The text of the six shipped themes, built into the binary so a copied `railtop` still has them.
///
/// A search folder's file of the same name wins; these are the fallback.
public enum EmbeddedThemes {
  /// Shipped theme names in cycling order (`t` at runtime).
  public static let names: [String] = ["default", "light", "high-contrast", "monochrome", "wallonia", "solarized"]

  /// The format documentation every shipped theme file starts with.
  static let formatHeader = ##"""
# ── railtop theme file ──────────────────────────────────────────────────────────────
# Format: one `key = value` per line; blank lines are ignored; `#` starts a comment at the
# start of a line, or as ` # ` (blanks around it) after a value. A file sets only the keys
# it wants to change: every other key keeps the compiled-in default (see default.theme).
#
#   value  = FG [on BG] [ATTRIBUTE ...]      e.g.  #ffaf00 on 236 bold underline
#   colour = #rrggbb | 0-255 (xterm index) | default (the terminal's own colour)
#          | black red green yellow blue magenta cyan white
#          | bright-black (gray) bright-red ... bright-white
#   ATTRIBUTE = bold dim italic underline reverse   (or `plain` for none)
#   `on BG` alone (no FG) keeps the default foreground; a role without a background
#   takes the `background` role's, so setting `background` repaints the whole screen.
#
# Keys: name, description, and the roles
#   UI chrome     background text text.dim border border.focused title header table.header
#                 status_bar key_hint selection badge
#   train status  status.on_time status.delayed status.held status.arrived
#   severity      severity.info severity.notice severity.warning severity.critical
#   cargo series  cargo.1 ... cargo.8
#   route line    route.line route.station route.border route.gauge_change
#   bars, charts  progress.fill progress.track chart.west chart.east chart.axis
#   map           map.land map.coast map.border
#
# Colours are reduced to what the terminal shows (truecolor, 256, 16, 8); NO_COLOR selects
# the monochrome theme. Status is never carried by colour alone: glyphs and weight carry it.
# Use with `railtop --theme NAME` (a file in themes/) or `--theme PATH`; `t` cycles themes.
# ─────────────────────────────────────────────────────────────────────────────────────────
"""## + "\n"

  /// The file text of a shipped theme, or nil.
  public static func text(named name: String) -> String? {
    switch name {
    case "default":
      return formatHeader + ##"""

name        = default
description = Dark, for most terminals (the compiled-in default)

background        = default
text              = default
text.dim          = #8a8a8a
border            = #707880
border.focused    = #5fafff bold
title             = #ffd75f bold
header            = #ffffff on #1f3b57 bold
table.header      = #87afd7 bold underline
status_bar        = #d0d0d0 on #262626
key_hint          = #ffd75f on #262626 bold
selection         = #ffffff on #2e4a66 bold
badge             = #000000 on #ffaf00 bold

status.on_time    = #5fd75f
status.delayed    = #ffaf00 bold
status.held       = #ff5f5f bold
status.arrived    = #87afff

severity.info     = #a8a8a8
severity.notice   = #87d7ff
severity.warning  = #ffaf00 bold
severity.critical = #ff5f5f bold

cargo.1           = #5fafff
cargo.2           = #ff875f
cargo.3           = #afd75f
cargo.4           = #d787ff
cargo.5           = #ffd75f
cargo.6           = #5fd7d7
cargo.7           = #ff87af
cargo.8           = #bcbcbc

route.line        = #6c6c6c
route.station     = #d0d0d0
route.border      = #d787ff bold
route.gauge_change = #ffaf00 bold

progress.fill     = #5fafff
progress.track    = #6c6c6c
chart.west        = #5fd7ff
chart.east        = #ff875f
chart.axis        = #8a8a8a
map.land          = #6c6c6c
map.coast         = #5f87af
map.border        = #af87d7
"""## + "\n"
    case "light":
      return formatHeader + ##"""

name        = light
description = Dark text on a light background, for light terminals and daylight

background        = #1c1c1c on #fafafa
text              = #1c1c1c
text.dim          = #6c6c6c
border            = #8a8a8a
border.focused    = #005fd7 bold
title             = #5f3f00 bold
header            = #ffffff on #005f87 bold
table.header      = #005f87 bold underline
status_bar        = #303030 on #e4e4e4
key_hint          = #005f87 on #e4e4e4 bold
selection         = #1c1c1c on #d7e7ff bold
badge             = #ffffff on #b35000 bold

status.on_time    = #008700
status.delayed    = #af5f00 bold
status.held       = #d70000 bold
status.arrived    = #005fd7

severity.info     = #585858
severity.notice   = #005f87
severity.warning  = #af5f00 bold
severity.critical = #d70000 bold

cargo.1           = #005fd7
cargo.2           = #b35000
cargo.3           = #2f6f00
cargo.4           = #8700af
cargo.5           = #8a6a00
cargo.6           = #006e6e
cargo.7           = #d7005f
cargo.8           = #585858

route.line        = #8a8a8a
route.station     = #303030
route.border      = #8700af bold
route.gauge_change = #b35000 bold

progress.fill     = #005fd7
progress.track    = #8a8a8a
chart.west        = #00708f
chart.east        = #b35000
chart.axis        = #6c6c6c
map.land          = #8a8a8a
map.coast         = #3a6ea5
map.border        = #8a4fa8
"""## + "\n"
    case "high-contrast":
      return formatHeader + ##"""

name        = high-contrast
description = Maximum contrast and weight, for projectors and bright rooms

background        = #ffffff on #000000
text              = #ffffff
text.dim          = #d0d0d0
border            = #ffffff
border.focused    = #ffff00 bold
title             = #ffff00 bold
header            = #000000 on #ffff00 bold
table.header      = #00ffff bold underline
status_bar        = #000000 on #ffffff bold
key_hint          = #00ffff on #000000 bold
selection         = #000000 on #ffffff bold
badge             = #000000 on #ff8700 bold

status.on_time    = #00ff00 bold
status.delayed    = #ffff00 bold
status.held       = #ff0000 bold underline
status.arrived    = #00ffff bold

severity.info     = #ffffff
severity.notice   = #00ffff bold
severity.warning  = #ffff00 bold
severity.critical = #ffffff on #d70000 bold

cargo.1           = #00ffff bold
cargo.2           = #ff8700 bold
cargo.3           = #00ff00 bold
cargo.4           = #ff00ff bold
cargo.5           = #ffff00 bold
cargo.6           = #5f87ff bold
cargo.7           = #ff5f87 bold
cargo.8           = #ffffff bold

route.line        = #ffffff
route.station     = #ffffff bold
route.border      = #ff00ff bold
route.gauge_change = #ffff00 bold underline

progress.fill     = #00ffff bold
progress.track    = #6c6c6c
chart.west        = #00ffff bold
chart.east        = #ff8700 bold
chart.axis        = #ffffff
map.land          = #a0a0a0
map.coast         = #00ffff
map.border        = #ff00ff
"""## + "\n"
    case "monochrome":
      return formatHeader + ##"""

name        = monochrome
description = No colour at all: weight, dim and reverse only (used when NO_COLOR is set)

background        = default on default
text              = default
text.dim          = default dim
border            = default
border.focused    = default bold
title             = default bold
header            = default reverse bold
table.header      = default bold underline
status_bar        = default reverse
key_hint          = default reverse bold
selection         = default reverse
badge             = default reverse bold

status.on_time    = default
status.delayed    = default bold
status.held       = default bold underline
status.arrived    = default dim

severity.info     = default dim
severity.notice   = default
severity.warning  = default bold
severity.critical = default bold reverse

cargo.1           = default
cargo.2           = default
cargo.3           = default
cargo.4           = default
cargo.5           = default
cargo.6           = default
cargo.7           = default
cargo.8           = default

route.line        = default
route.station     = default bold
route.border      = default bold
route.gauge_change = default bold underline

progress.fill     = default
progress.track    = default dim
chart.west        = default bold
chart.east        = default
chart.axis        = default dim
map.land          = default dim
map.coast         = default
map.border        = default bold
"""## + "\n"
    case "wallonia":
      return formatHeader + ##"""

name        = wallonia
description = Red and yellow of the Walloon flag (le coq hardi)

background        = #fff5cc on #2a0a08
text              = #fff5cc
text.dim          = #c9a27a
border            = #c8102e
border.focused    = #ffdd00 bold
title             = #ffdd00 bold
header            = #ffdd00 on #b80f2a bold
table.header      = #ffdd00 bold underline
status_bar        = #2a0a08 on #ffdd00
key_hint          = #ffffff on #c8102e bold
selection         = #fff5cc on #6b1a12 bold
badge             = #b80f2a on #ffdd00 bold

status.on_time    = #9ccc65
status.delayed    = #ffdd00 bold
status.held       = #ff5a4e bold
status.arrived    = #ffe9a8

severity.info     = #c9a27a
severity.notice   = #ffe9a8
severity.warning  = #ffdd00 bold
severity.critical = #ff5a4e bold

cargo.1           = #ffdd00
cargo.2           = #e8423a
cargo.3           = #ffa600
cargo.4           = #ff8a80
cargo.5           = #fff59d
cargo.6           = #d4a373
cargo.7           = #ff6e40
cargo.8           = #e0e0e0

route.line        = #c8102e
route.station     = #fff5cc
route.border      = #ffdd00 bold
route.gauge_change = #ff5a4e bold

progress.fill     = #ffdd00
progress.track    = #8a6a4a
chart.west        = #ffdd00
chart.east        = #e8423a
chart.axis        = #c9a27a
map.land          = #8c6a50
map.coast         = #e0b050
map.border        = #e8384f
"""## + "\n"
    case "solarized":
      return formatHeader + ##"""

name        = solarized
description = Solarized dark (Ethan Schoonover's palette, accents lightened to read at 4.5:1): calm, low-glare

background        = #93a1a1 on #002b36
text              = #93a1a1
text.dim          = #839496
border            = #657b83
border.focused    = #268bd2 bold
title             = #b58900 bold
header            = #fdf6e3 on #073642 bold
table.header      = #93a1a1 bold underline
status_bar        = #93a1a1 on #073642
key_hint          = #bd9519 on #073642 bold
selection         = #fdf6e3 on #0a4a5a bold
badge             = #002b36 on #d77447 bold

status.on_time    = #859e00
status.delayed    = #b58900 bold
status.held       = #e56760 bold
status.arrived    = #3c96d4

severity.info     = #657b83
severity.notice   = #2aa198
severity.warning  = #b58900 bold
severity.critical = #e56760 bold

cargo.1           = #3c96d4
cargo.2           = #d77447
cargo.3           = #859e00
cargo.4           = #8689ca
cargo.5           = #b58900
cargo.6           = #2aa198
cargo.7           = #de669a
cargo.8           = #93a1a1

route.line        = #657b83
route.station     = #93a1a1
route.border      = #8689ca bold
route.gauge_change = #d77447 bold

progress.fill     = #268bd2
progress.track    = #657b83
chart.west        = #2aa198
chart.east        = #d77447
chart.axis        = #839496
map.land          = #657b83
map.coast         = #268bd2
map.border        = #d33682
"""## + "\n"
    default:
      return nil
    }
  }
}
