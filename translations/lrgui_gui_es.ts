<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <extracomment>the languages offered, each in its own words (never translated) said after a choice, looked up in the chosen language&apos;s catalogue (not yet installed)</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>lrgui speaks {language} from its next start.</source>
        <translation>lrgui hablará {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
</TS>
