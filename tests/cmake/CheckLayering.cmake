# Fails when a library reaches for a layer above it, in any of three ways: its link line, an
# include in its sources, or a shared library that an executable built on it loads.
#   LIBRARY            the target's name, for messages
#   LINKS_FILE         its LINK_LIBRARIES and INTERFACE_LINK_LIBRARIES (file(GENERATE) at configure time)
#   FORBIDDEN_LINKS    regular expression over those link items
#   SOURCE_DIR         its source folder, every .h and .cpp of which is read
#   FORBIDDEN_INCLUDES regular expression over #include lines
#   EXECUTABLE         a program that links the library and nothing above it
#   FORBIDDEN_SHARED   regular expression over that program's ldd output
#   ALLOWED            what the library may use, for the message
file(READ ${LINKS_FILE} _links)
foreach(_lib IN LISTS _links)
    if(_lib MATCHES "${FORBIDDEN_LINKS}")
        message(FATAL_ERROR "${LIBRARY} links ${_lib}; it may use only ${ALLOWED}")
    endif()
endforeach()

file(GLOB_RECURSE _sources ${SOURCE_DIR}/*.h ${SOURCE_DIR}/*.cpp)
foreach(_file IN LISTS _sources)
    file(STRINGS ${_file} _hits REGEX "${FORBIDDEN_INCLUDES}")
    if(_hits)
        message(FATAL_ERROR "${_file} includes a header above ${LIBRARY}: ${_hits}")
    endif()
endforeach()

execute_process(COMMAND ldd ${EXECUTABLE} OUTPUT_VARIABLE _ldd RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "ldd ${EXECUTABLE} failed")
endif()
if(_ldd MATCHES "${FORBIDDEN_SHARED}")
    message(FATAL_ERROR "${EXECUTABLE} (built on ${LIBRARY}) loads ${CMAKE_MATCH_0}:\n${_ldd}")
endif()
list(LENGTH _sources _count)
message(STATUS "${LIBRARY} layering ok: ${_count} files, nothing above it linked, included or loaded")
