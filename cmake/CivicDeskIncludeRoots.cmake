# Include roots: each target exports a folder that holds only a link to its own sources, so the
# compiler, not a review, stops a lower layer from including a higher layer's header.
#
# Every include is written with its library prefix ("core/store/database.h", "map/...",
# "widgets/...", "cli/...", "support/..."). Exporting the repository root would make all of them
# reachable from everywhere; instead ${CMAKE_BINARY_DIR}/include-roots/<name>/<prefix> links to
# the one folder, and a target sees a prefix only if it, or a library it links, exports it.
# tests/CMakeLists.txt (layering_include_walls) proves the wall with probes that must not build.
#
# The links are made at configure time. Builds without symbolic links (Windows without developer
# mode) would need a copy step here instead.

# civicdesk_include_root(TARGET NAME FOLDER PREFIX [PRIVATE]): TARGET gets
# include-roots/NAME on its include path, in which PREFIX (e.g. "core" or "cli/bench") is a link
# to FOLDER. PUBLIC by default, so what links TARGET sees PREFIX too; PRIVATE keeps it to TARGET.
function(civicdesk_include_root target name folder prefix)
    cmake_parse_arguments(ARG "PRIVATE" "" "" ${ARGN})
    set(_root ${CMAKE_BINARY_DIR}/include-roots/${name})
    set(_link ${_root}/${prefix})
    get_filename_component(_parent ${_link} DIRECTORY)
    file(MAKE_DIRECTORY ${_parent})
    # A stale link (a moved checkout) is replaced; a real folder in its place is an error.
    if(IS_SYMLINK ${_link})
        file(REMOVE ${_link})
    endif()
    file(CREATE_LINK ${folder} ${_link} SYMBOLIC)
    if(ARG_PRIVATE)
        target_include_directories(${target} PRIVATE ${_root})
    else()
        target_include_directories(${target} PUBLIC ${_root})
    endif()
endfunction()
