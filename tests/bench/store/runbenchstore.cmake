# Runs bench store on a fresh profile, then bench duplicates and --quit-after-first-paint on it,
# and fails on any non-zero exit or a figure missing from the output.
file(REMOVE_RECURSE "${PROFILE}")
file(MAKE_DIRECTORY "${PROFILE}")

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

run_step("bench store" "\"insert_per_s\":[0-9]+.*\"tickets\":20000"
    "${CLI}" bench store --tickets 20000 --keep "${PROFILE}" --json)
run_step("bench duplicates" "\"p95_ms\":[0-9.]+.*\"tickets\":20000"
    "${CLI}" --profile "${PROFILE}" bench duplicates --queries 200 --json)
run_step("first paint" "[0-9]+"
    "${GUI}" --profile "${PROFILE}" --quit-after-first-paint)
