# run_step(NAME PATTERN COMMAND ARGS...): runs one step of a bench ctest script and fails the
# test on a non-zero exit or when PATTERN does not match the step's standard output. The
# scripts (cmake -P) include it, so each says only which steps it runs.
function(run_step name pattern)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "${name}: ${out}${err}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${name} exited with ${rc}")
    endif()
    if(NOT out MATCHES "${pattern}")
        message(FATAL_ERROR "${name}: output does not match ${pattern}")
    endif()
endfunction()
