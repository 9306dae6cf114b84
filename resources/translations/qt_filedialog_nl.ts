<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Qt's own file dialog (QFileDialog without the native one) in Dutch where PySide6's qtbase_nl.qm
  falls short: loaded after it by desktop/app.py (install_qt_supplement). Only the texts Qt 6.11
  asks for that qtbase_nl does not translate, found by showing the save dialog in the Dutch UI:
  - QFileDialog: Qt 6.11 gave two labels an accelerator ("&Look in:", "Files of &type:");
    qtbase_nl still translates the old texts without it, so the labels came out in English.
  - QAbstractFileIconProvider: the "Type" column of the dialog's file list (a folder's "Folder");
    Qt 6 moved these from the QFileDialog context, where qtbase_nl translates them, to this one,
    where it has none. The comment is part of each text's key.
  Written by hand: scripts/translations.sh update only collects routekaart_*.ts from desktop/.
  The words follow qtbase_nl's own for the same texts in their old place ("Zoeken in:",
  "Bestanden van type:", "Map", "Station", ...), except "Shortcut", which qtbase_nl translates as a
  keyboard shortcut ("Sneltoets"); a link to a file is a "Snelkoppeling".
-->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
</TS>
