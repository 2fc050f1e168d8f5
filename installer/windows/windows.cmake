# Windows packaging: an MSI through CPack's WiX generator, with the Qt runtime copied beside the
# programs by windeployqt at install time. Included from installer/CMakeLists.txt on Windows only;
# see installer/windows/README.md. Not built on the Linux machines that run CI.
find_program(CIVICDESK_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)

# After the programs are installed into the package's staging folder, windeployqt copies the Qt
# libraries, the SQL drivers (sqlite, psql), the platform plugin and Qt's own translations.
install(CODE "
    execute_process(COMMAND \"${CIVICDESK_WINDEPLOYQT}\" --release --no-compiler-runtime
        --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
        \"\${CMAKE_INSTALL_PREFIX}/bin/civicdesk.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/civicdesk-cli.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "WIX;ZIP")
# Fixed for the life of the product: Windows Installer upgrades in place only when it matches.
set(CPACK_WIX_UPGRADE_GUID "6B2C7F5E-3D0A-4C1B-9E57-2A8F4D61C0B3")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/civicdesk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "CivicDesk")
set(CPACK_PACKAGE_EXECUTABLES "civicdesk" "CivicDesk")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_SOURCE_DIR}/windows/tel-handler.wxs")
set(CPACK_WIX_EXTENSIONS "WixUtilExtension")
