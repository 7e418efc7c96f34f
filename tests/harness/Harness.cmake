# The test harness: one Qt Test executable per class, and CTest fixtures for
# the real services some tests need. Nothing depends on a service started by
# hand; each fixture starts its own instance under the build tree.
set(LATTICE_TEST_STATE ${CMAKE_BINARY_DIR}/test-services)
set(LATTICE_HARNESS_DIR ${CMAKE_CURRENT_LIST_DIR})

# Tests that must run after every other test of a ctest run, --parallel or
# not (tst_suiteleftovers searches what the others left behind): they clean up
# the fixture "suite-leftovers", and every other test requires it. CMake 3.25
# sets test properties only from the directory that added the test, so each
# directory with tests marks its own, once all of them exist.
function(_lattice_require_leftovers_fixture)
    get_property(tests DIRECTORY PROPERTY TESTS)
    get_property(last GLOBAL PROPERTY LATTICE_RUN_LAST)
    foreach(name IN LISTS last)
        list(REMOVE_ITEM tests ${name})
    endforeach()
    if(tests)
        set_property(TEST ${tests} APPEND PROPERTY FIXTURES_REQUIRED suite-leftovers)
    endif()
endfunction()

macro(_lattice_order_this_directory)
    get_property(_ordered DIRECTORY PROPERTY LATTICE_ORDERED)
    if(NOT _ordered)
        set_property(DIRECTORY PROPERTY LATTICE_ORDERED TRUE)
        cmake_language(DEFER CALL _lattice_require_leftovers_fixture)
    endif()
endmacro()

function(lattice_run_after_every_test name)
    set_property(GLOBAL APPEND PROPERTY LATTICE_RUN_LAST ${name})
    set_tests_properties(${name} PROPERTIES FIXTURES_CLEANUP suite-leftovers)
endfunction()

_lattice_order_this_directory()

add_test(NAME service.keyring.start
         COMMAND ${LATTICE_HARNESS_DIR}/keyring.sh start ${LATTICE_TEST_STATE}/keyring)
add_test(NAME service.keyring.stop
         COMMAND ${LATTICE_HARNESS_DIR}/keyring.sh stop ${LATTICE_TEST_STATE}/keyring)
set_tests_properties(service.keyring.start PROPERTIES FIXTURES_SETUP keyring)
set_tests_properties(service.keyring.stop PROPERTIES FIXTURES_CLEANUP keyring)

add_test(NAME service.registry.start
         COMMAND ${LATTICE_HARNESS_DIR}/registry.sh start ${LATTICE_TEST_STATE}/registry)
add_test(NAME service.registry.stop
         COMMAND ${LATTICE_HARNESS_DIR}/registry.sh stop ${LATTICE_TEST_STATE}/registry)
set_tests_properties(service.registry.start PROPERTIES FIXTURES_SETUP registry)
set_tests_properties(service.registry.stop PROPERTIES FIXTURES_CLEANUP registry)

# lattice_add_test(NAME SOURCES … [LIBS …] [GUI] [SERVICES keyring registry] [ENVIRONMENT …])
#   GUI       runs under the offscreen platform
#   SERVICES  starts the named fixtures first and tells the test where they are
function(lattice_add_test name)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS;SERVICES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test lattice_test_support ${T_LIBS})
    lattice_strict_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    _lattice_order_this_directory()
    set(env
        "LATTICE_TEST_DATA_DIR=${PROJECT_SOURCE_DIR}/tests/data"
        "LATTICE_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared"
        "LATTICE_FIXTURE_SERVER=$<TARGET_FILE:lattice-fixture-server>"
        "LATTICE_DESK_CLI=$<TARGET_FILE:lattice-desk-cli>"
        # Keep every test away from the developer's own settings, store and
        # keychain: each test gets its own XDG directories under the build tree.
        "DBUS_SESSION_BUS_ADDRESS=disabled:"
        "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${name}/config"
        "XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/${name}/data"
        "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-home/${name}/cache"
        ${T_ENVIRONMENT})
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if("keyring" IN_LIST T_SERVICES)
        list(FILTER env EXCLUDE REGEX "^DBUS_SESSION_BUS_ADDRESS=")
        list(APPEND env "DBUS_SESSION_BUS_ADDRESS=unix:path=${LATTICE_TEST_STATE}/keyring/bus")
    endif()
    if("registry" IN_LIST T_SERVICES)
        list(APPEND env "LATTICE_TEST_REGISTRY_URL_FILE=${LATTICE_TEST_STATE}/registry/url")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
    if(T_SERVICES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${T_SERVICES}")
        # Tests that share one service instance must not trample each other.
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK "${T_SERVICES}")
    endif()
endfunction()

# The packages are part of the product: build them and check their contents.
add_test(NAME package.contents
         COMMAND ${LATTICE_HARNESS_DIR}/check-package.sh ${CMAKE_BINARY_DIR})
set_tests_properties(package.contents PROPERTIES TIMEOUT 300 RUN_SERIAL TRUE)

# Software centres read the AppStream metainfo; a file they reject hides the
# app. --no-net: the screenshot URLs point at the published README images.
find_program(LATTICE_APPSTREAMCLI appstreamcli)
if(LATTICE_APPSTREAMCLI)
    add_test(NAME appstream.validate
             COMMAND ${LATTICE_APPSTREAMCLI} validate --no-net
                     ${PROJECT_SOURCE_DIR}/resources/io.github.latticenet.LatticeDesk.metainfo.xml)
endif()

# The CLI runs on headless release runners: it must not pull in Qt Widgets
# (or the GUI stack at all beyond QtGui's item-model types).
add_test(NAME cli.links-no-widgets
         COMMAND sh -c "! ldd \"$<TARGET_FILE:lattice-desk-cli>\" | grep -E 'libQt6(Widgets|Svg)'")

# The demo stack must keep working: start it, seed it, and check that every
# endpoint of the demo profile answers.
add_test(NAME demo.check
         COMMAND ${PROJECT_SOURCE_DIR}/tests/demo/demo.sh ${CMAKE_BINARY_DIR} --check)
set_tests_properties(demo.check PROPERTIES TIMEOUT 300
    ENVIRONMENT "DBUS_SESSION_BUS_ADDRESS=disabled:")
