# Runs bench store on a fresh profile, then bench duplicates and --quit-after-first-paint on it,
# and fails on any non-zero exit or a figure missing from the output.
file(REMOVE_RECURSE "${PROFILE}")
file(MAKE_DIRECTORY "${PROFILE}")

include(${CMAKE_CURRENT_LIST_DIR}/../runstep.cmake)

run_step("bench store" "\"insert_per_s\":[0-9]+.*\"tickets\":20000"
    "${CLI}" bench store --tickets 20000 --keep "${PROFILE}" --json)
run_step("bench duplicates" "\"p95_ms\":[0-9.]+.*\"tickets\":20000"
    "${CLI}" --profile "${PROFILE}" bench duplicates --queries 200 --json)
run_step("first paint" "[0-9]+"
    "${GUI}" --profile "${PROFILE}" --quit-after-first-paint)
