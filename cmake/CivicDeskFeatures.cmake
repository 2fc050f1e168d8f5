# civicdesk_add_feature(TARGET DIR): adds every source in one feature folder of a library.
# Each library's CMakeLists.txt then lists its features, one line each, like a table of contents.
function(civicdesk_add_feature target dir)
    file(GLOB _sources CONFIGURE_DEPENDS
        ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.h)
    target_sources(${target} PRIVATE ${_sources})
endfunction()
