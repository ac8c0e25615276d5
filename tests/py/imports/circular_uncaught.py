# An uncaught circular-import error: its last line names the partially initialised module.
import cyc.bad_b
