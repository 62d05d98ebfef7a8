import CNCursesW
import TermRender
