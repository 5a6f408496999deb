#!/usr/bin/env python3
"""Adds or updates page texts in a pair of resx files (Chinese neutral, English .en).

usage: tools/ui-text.py <resx base path without .resx> KEY "中文" "English" [KEY "中文" "English" ...]
e.g.   tools/ui-text.py services/Gateway/SpecialtyTowns.Gateway/Resources/Web/Localization/CommonText Nav.Home 首页 Home
Creates the files when missing; keeps keys sorted so parallel edits merge cleanly.
"""
import sys, os
import xml.etree.ElementTree as ET

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def load(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): (d.findtext('value') or '') for d in root.findall('data')}

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def save(path, entries):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries):
            f.write(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(entries[k])}</value></data>\n')
        f.write('</root>\n')

def main():
    if len(sys.argv) < 5 or (len(sys.argv) - 2) % 3:
        print(__doc__); sys.exit(2)
    base = sys.argv[1]
    zh, en = load(base + '.resx'), load(base + '.en.resx')
    args = sys.argv[2:]
    for i in range(0, len(args), 3):
        key, z, e = args[i:i + 3]
        zh[key], en[key] = z, e
    save(base + '.resx', zh)
    save(base + '.en.resx', en)

main()
