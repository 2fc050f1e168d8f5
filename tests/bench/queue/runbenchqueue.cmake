# Runs bench queue on a fresh profile, then the widget benchmark on it; fails on a non-zero exit
# or a figure missing from the output.
file(REMOVE_RECURSE "${PROFILE}")

include(${CMAKE_CURRENT_LIST_DIR}/../runstep.cmake)

set(_fields "\"bulk_1000_ms\":[0-9.]+,\"count_views_ms\":[0-9.]+,\"cpu_ms\":{[^}]+},\"dashboard_after_bulk_ms\":[0-9.]+,\"dashboard_days_ms\":[0-9.]+,\"dashboard_days_summed\":[0-9]+,\"dashboard_ms\":[0-9.]+,\"filter_ms\":[0-9.]+,\"first_page_ms\":[0-9.]+,\"raw_sql_filter_ms\":[0-9.]+,\"rss_mb\":[0-9.]+,\"sort_ms\":[0-9.]+,\"ticket_counts_ms\":[0-9.]+,\"tickets\":20000")
run_step("bench queue" "${_fields}" "${CLI}" bench queue --tickets 20000 --keep "${PROFILE}" --json)
set(_view_fields "\"built_ms\":[0-9.]+,\"filter_ms\":[0-9.]+,\"first_page_ms\":[0-9.]+,\"first_page_ui_thread_cpu_ms\":[0-9.]+,\"loaded_ms\":[0-9.]+,\"rows\":20000,\"saved_view_counts_ms\":[0-9.]+")
run_step("bench queue view" "${_view_fields}" "${VIEW}" --profile "${PROFILE}")
