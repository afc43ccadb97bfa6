<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <extracomment>the languages offered, each in its own words (never translated) said after a choice, looked up in the chosen language&apos;s catalogue (not yet installed)</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>lrgui speaks {language} from its next start.</source>
        <translation>lrgui parlera {language} dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
</TS>
