<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>Lattice::LanePage</name>
    <message numerus="yes">
      <source>%n server(s)</source>
      <translation>
        <numerusform>%n server</numerusform>
        <numerusform>%n servers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Lattice::MainWindow</name>
    <message numerus="yes">
      <source>%n endpoint(s) unreachable</source>
      <translation>
        <numerusform>%n endpoint unreachable</numerusform>
        <numerusform>%n endpoints unreachable</numerusform>
      </translation>
    </message>
  </context>
</TS>