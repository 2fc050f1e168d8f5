# Builds the include probes of tests/layering: every control must build, and every wall probe
# must fail with its one unreachable header reported as not found (GCC's or Clang's wording), so
# that no other error can pass for a wall.
include(${PROBES_FILE})

execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${CONTROL_PROBES}
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "the control probes do not build, so the walls would prove nothing:\n${_out}")
endif()
message(STATUS "controls build: ${CONTROL_PROBES}")

foreach(_probe IN LISTS WALL_PROBES)
    string(REPLACE "=" ";" _parts ${_probe})
    list(GET _parts 0 _target)
    list(GET _parts 1 _header)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${_target}
        RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
    if(_rc EQUAL 0)
        message(FATAL_ERROR "${_target} built: ${_header} is reachable through a wall\n${_out}")
    endif()
    string(REPLACE "." "\\." _pattern ${_header})
    if(NOT _out MATCHES "${_pattern}: No such file or directory" AND NOT _out MATCHES "'${_pattern}' file not found")
        message(FATAL_ERROR "${_target} failed, but not because ${_header} is out of reach:\n${_out}")
    endif()
    message(STATUS "wall holds: ${_target} cannot include ${_header}")
endforeach()
