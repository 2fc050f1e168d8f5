# Generates a demo profile, then lists its scenarios; fails on a non-zero exit or a figure
# missing from the output.
file(REMOVE_RECURSE "${PROFILE}")

include(${CMAKE_CURRENT_LIST_DIR}/../runstep.cmake)

run_step("demo generate" "\"content_hash\":\"[0-9a-f]+\".*\"ms\":[0-9]+.*\"tickets\":2001"
    "${CLI}" demo generate --seed 7 --tickets 2000 --out "${PROFILE}" --hash --json)
run_step("training list" "noise-dog"
    "${CLI}" --profile "${PROFILE}" training list)
