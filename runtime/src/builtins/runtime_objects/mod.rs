//! The objects through which a program sees the runtime itself: code objects' `co_*`
//! attributes (`code_attrs`; the code object is `compiler::code`), frame objects
//! (`frame_obj`), traceback objects (`traceback_obj`), module objects (`module`) and the
//! specs and loaders the import system gives them (`module_spec`).

pub mod code_attrs;
pub mod frame_obj;
pub mod module;
pub mod module_spec;
pub mod traceback_obj;
