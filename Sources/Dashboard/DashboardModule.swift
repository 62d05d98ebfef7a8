import CorridorSim
import TermRender
