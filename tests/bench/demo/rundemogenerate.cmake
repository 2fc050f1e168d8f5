# Generates a demo profile, then lists its scenarios; fails on a non-zero exit or a figure
# missing from the output.
file(REMOVE_RECURSE "${PROFILE}")

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

run_step("demo generate" "\"content_hash\":\"[0-9a-f]+\".*\"ms\":[0-9]+.*\"tickets\":2001"
    "${CLI}" demo generate --seed 7 --tickets 2000 --out "${PROFILE}" --hash --json)
run_step("training list" "noise-dog"
    "${CLI}" --profile "${PROFILE}" training list)
