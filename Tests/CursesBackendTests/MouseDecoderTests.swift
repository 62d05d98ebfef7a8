import CNCursesW
import TermRender
import Testing

@testable import CursesBackend

@Suite("Mouse decoding: what getmouse returns → InputEvent")
struct MouseDecoderTests {
  @Test(
    "the left button and the wheel; other buttons are not used",
    arguments: [
      (NC_BUTTON1_PRESSED, MouseEvent.Kind?.some(.press)), (NC_BUTTON1_RELEASED, .release),
      (NC_BUTTON1_CLICKED, .press), (NC_BUTTON4_PRESSED, .wheelUp),
      (NC_BUTTON5_PRESSED, .wheelDown), (mmask_t(0), nil),
    ])
  func buttons(state: mmask_t, kind: MouseEvent.Kind?) {
    let event = MouseDecoder.decode(state: state, x: 12, y: 7)
    #expect(event == kind.map { .mouse(MouseEvent($0, x: 12, y: 7)) })
  }

  @Test("the mask asks for press, release, click and the wheel")
  func mask() {
    #expect(MouseDecoder.mask & NC_BUTTON1_PRESSED != 0)
    #expect(MouseDecoder.mask & NC_BUTTON1_RELEASED != 0)
    #expect(MouseDecoder.mask & NC_BUTTON4_PRESSED != 0)
    #expect(MouseDecoder.mask & NC_BUTTON5_PRESSED != 0)
    // A press and release read together come as one click: without it, the click is lost.
    #expect(MouseDecoder.mask & NC_BUTTON1_CLICKED != 0)
  }

  @Test("a report off the screen is dropped")
  func offScreen() {
    #expect(MouseDecoder.decode(state: NC_BUTTON1_PRESSED, x: -1, y: 3) == nil)
  }
}
