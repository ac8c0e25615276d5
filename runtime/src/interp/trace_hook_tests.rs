//! The trace-engine hook: one report per loop header, at the threshold, and no counting
//! without an engine.

use std::sync::{Arc, Mutex};

use crate::compiler::code::{as_code, Instr};
use crate::interp::{HotLoop, TraceEngine, Vm};
use crate::object::Value;

/// One report: (header pc, back-edge pc, the frame's pc, slot 0's value).
type Report = (u32, u32, u32, Option<i64>);

/// Records every report.
struct Recorder {
    threshold: u32,
    reports: Mutex<Vec<Report>>,
}

impl TraceEngine for Recorder {
    fn hot_threshold(&self) -> u32 {
        self.threshold
    }
    fn loop_became_hot(&self, vm: &mut Vm, at: HotLoop<'_>) {
        let frame_pc = vm.frames.last().expect("looping frame").pc;
        // SAFETY: `at.slots` are the looping frame's `code.nslots` live slots; slot 0 exists
        // (the function below has a parameter).
        let first = unsafe { (*at.slots).as_ref().and_then(Value::as_small_int) };
        self.reports.lock().expect("lock").push((at.header_pc, at.back_edge_pc, frame_pc, first));
    }
}

const SOURCE: &str = "
def f(n):
    i = 0
    total = 0
    while i < 100:
        i += 1
        if i % 2:
            continue
        total += i
    for j in range(50):
        if j % 3 == 0:
            continue
        total += j
    return total
f(7)
";

/// Runs SOURCE with `engine` installed; returns `f`'s code object.
fn run(engine: Option<Arc<dyn TraceEngine>>) -> Value {
    let code = crate::run::compile_source(SOURCE.as_bytes(), "<hook test>").expect("compiles");
    let mut vm = crate::run::new_main_vm(&crate::run::RunOptions::default(), None);
    vm.set_trace_engine(engine);
    let globals = crate::builtins::dict::new_dict();
    crate::interp::call::run_module_code(&mut vm, code.clone(), globals).expect("runs");
    let f = as_code(&code).expect("module code").consts.iter().find(|k| as_code(k).is_some_and(|c| c.name == "f")).cloned();
    f.expect("f's code")
}

#[test]
fn hook_fires_once_per_loop_header_at_the_threshold() {
    let recorder = Arc::new(Recorder { threshold: 10, reports: Mutex::new(Vec::new()) });
    let f = run(Some(recorder.clone()));
    let c = as_code(&f).expect("code");
    // Each loop has two back-edges (the loop end and `continue`) to one header.
    let mut edges: Vec<(u32, u16)> = c.instrs.iter().filter_map(|i| if let Instr::JumpBack { target, hot } = i { Some((*target, *hot)) } else { None }).collect();
    edges.sort();
    assert_eq!(edges.len(), 4, "{edges:?}");
    assert_eq!(edges[0], edges[1]);
    assert_eq!(edges[2], edges[3]);
    assert_ne!(edges[0].0, edges[2].0);
    assert_eq!(c.hot.len(), 2);
    let reports = recorder.reports.lock().expect("lock").clone();
    assert_eq!(reports.len(), 2, "{reports:?}");
    for (k, (header, back_edge, frame_pc, first)) in reports.iter().enumerate() {
        assert_eq!(*header, edges[2 * k].0);
        assert!(matches!(c.instrs[*back_edge as usize], Instr::JumpBack { target, .. } if target == *header));
        assert_eq!(frame_pc, header, "the frame resumes at the header");
        assert_eq!(*first, Some(7), "the slots are the looping frame's");
    }
    // The counters stop at the threshold.
    assert!(c.hot.iter().all(|h| h.count.load(std::sync::atomic::Ordering::Relaxed) == 10));
    assert!(c.hot.iter().all(|h| h.trace().is_null()));
}

#[test]
fn nothing_counts_without_an_engine() {
    let f = run(None);
    let c = as_code(&f).expect("code");
    assert_eq!(c.hot.len(), 2);
    assert!(c.hot.iter().all(|h| h.count.load(std::sync::atomic::Ordering::Relaxed) == 0));
}
