<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccuracyHeadline</name>
    <message>
        <source>Train a model to see its accuracy.</source>
        <extracomment>The headline&apos;s frame; its own font size, which presentation mode doubles. a new text, perhaps of another height (the presentation band follows it)</extracomment>
        <translation>Trainiere ein Modell, um seine Genauigkeit zu sehen.</translation>
    </message>
    <message>
        <source>Cost {cost}</source>
        <translation>Kosten {cost}</translation>
    </message>
    <message>
        <source> · test {cost}</source>
        <translation> · Test {cost}</translation>
    </message>
    <message>
        <source>train {percent}</source>
        <translation>Training {percent}</translation>
    </message>
    <message>
        <source>, test {percent}</source>
        <translation>, Test {percent}</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergiert</translation>
    </message>
    <message>
        <source>at the last finite point: {numbers}</source>
        <translation>am letzten endlichen Punkt: {numbers}</translation>
    </message>
    <message>
        <source>no test set</source>
        <translation>keine Testmenge</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
</context>
<context>
    <name>AccuracyPlot</name>
    <message>
        <source>Accuracy plot</source>
        <translation>Genauigkeitsdiagramm</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>training accuracy {percent} at {iteration}</source>
        <translation>Trainingsgenauigkeit {percent} bei {iteration}</translation>
    </message>
    <message>
        <source>test accuracy {percent} at {iteration}</source>
        <translation>Testgenauigkeit {percent} bei {iteration}</translation>
    </message>
    <message>
        <source>No accuracy recorded yet.</source>
        <translation>Noch keine Genauigkeit aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>Decision boundary map {title}</source>
        <extracomment>Grid points per side: fine enough for a smooth contour, cheap enough to redraw every batch (docs/performance.md). pyqtgraph&apos;s names for the markers of class 0 and class 1 (a circle and a square, told apart without colour). How far towards a class&apos;s colour the map goes where the model is certain. (x, y) in data coordinates of a left click. (x, y) in data coordinates of a right click.</extracomment>
        <translation>Karte der Entscheidungsgrenze {title}</translation>
    </message>
    <message>
        <source>{dataset}: {count0} points of class 0 (blue circles), {count1} of class 1 (orange squares).</source>
        <extracomment>the data set&apos;s name, for the map&apos;s description</extracomment>
        <translation>{dataset}: {count0} Punkte der Klasse 0 (blaue Kreise), {count1} der Klasse 1 (orange Quadrate).</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>No model yet: the map is even grey.</source>
        <translation>Noch kein Modell: die Karte ist gleichmäßig grau.</translation>
    </message>
    <message>
        <source>The boundary puts {percent} of them on their class&apos;s side; the wrong ones are ringed in red.</source>
        <translation>Die Grenze legt {percent} davon auf die Seite ihrer Klasse; die falschen sind rot umringt.</translation>
    </message>
    <message>
        <source>The same probability everywhere: {p}, no side is preferred.</source>
        <translation>Überall dieselbe Wahrscheinlichkeit: {p}, keine Seite wird bevorzugt.</translation>
    </message>
    <message>
        <source>The same probability everywhere: {value}&lt;br&gt;no side is preferred</source>
        <translation>Überall dieselbe Wahrscheinlichkeit: {value}&lt;br&gt;keine Seite wird bevorzugt</translation>
    </message>
</context>
<context>
    <name>ClassRow</name>
    <message>
        <source>Use this class</source>
        <translation>Diese Klasse verwenden</translation>
    </message>
    <message>
        <source>Use this class for training</source>
        <translation>Diese Klasse zum Trainieren verwenden</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Klassenname</translation>
    </message>
    <message>
        <source>Class name (click to rename)</source>
        <translation>Klassenname (zum Umbenennen klicken)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>zähle…</translation>
    </message>
    <message>
        <source>Remove class {name}</source>
        <translation>Klasse {name} entfernen</translation>
    </message>
    <message>
        <source> + {count} test</source>
        <translation> + {count} Test</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <source>Contribution map</source>
        <extracomment>The smallest height of one class&apos;s bar, in pixels.</extracomment>
        <translation>Beitragskarte</translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <source>The cost J: how wrong the model is on average. For each image, −log of the probability it gives the image&apos;s true class (0 when it is sure and right), averaged over the images, plus the penalty if any. Gradient descent makes it smaller step by step.</source>
        <extracomment>Distinct, colour-blind-friendly colours (Okabe–Ito) for compared runs. The test cost: vermillion and dashed, told apart from the training cost by colour and by line style. Where a run went wrong. What the cost axis measures, for a pointer resting on it (the formulas are in docs/math.md).</extracomment>
        <translation>Die Kosten J: wie falsch das Modell im Mittel liegt. Für jedes Bild −log der Wahrscheinlichkeit, die es der wahren Klasse des Bildes gibt (0, wenn es sicher und richtig ist), gemittelt über die Bilder, plus gegebenenfalls die Strafe. Das Gradientenverfahren verkleinert sie Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Cost plot</source>
        <extracomment>called after every change (the plot&apos;s words for a screen reader follow the curve) the same run&apos;s test cost, when it has a test set the largest finite cost recorded (the live frame&apos;s top follows it without scanning the curve) while its plot is hidden, the points are kept and given to pyqtgraph when it is shown (flush) Beyond this many points, markers cost far more to draw than they show. curves that stand still (no live run) are kept drawn in a pixmap: moving the replay cursor then repaints a picture, not every segment of an antialiased curve</extracomment>
        <translation>Kostendiagramm</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost during training</source>
        <translation>Kosten beim Training</translation>
    </message>
    <message>
        <source>Export plot as PNG…</source>
        <extracomment>while a run is drawn live: (last step, top of the cost axis); None otherwise (see begin_live)</extracomment>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export costs as CSV…</source>
        <translation>Kosten als CSV exportieren…</translation>
    </message>
    <message>
        <source>test cost</source>
        <translation>Testkosten</translation>
    </message>
    <message>
        <source>{name} test cost</source>
        <translation>{name} Testkosten</translation>
    </message>
    <message>
        <source>dashed: test cost</source>
        <translation>gestrichelt: Testkosten</translation>
    </message>
    <message>
        <source>No cost recorded yet: train to draw the curve.</source>
        <translation>Noch keine Kosten aufgezeichnet: trainiere, um die Kurve zu zeichnen.</translation>
    </message>
    <message>
        <source>{run}at {step} {iteration}: training cost {cost}</source>
        <translation>{run}bei {step} {iteration}: Trainingskosten {cost}</translation>
    </message>
    <message>
        <source>, test cost {cost}</source>
        <translation>, Testkosten {cost}</translation>
    </message>
    <message>
        <source>Shown: {step} {iteration}, training cost {cost}</source>
        <translation>Angezeigt: {step} {iteration}, Trainingskosten {cost}</translation>
    </message>
    <message>
        <source>Could not draw the plot as a PNG for {path}.</source>
        <translation>Das Diagramm konnte nicht als PNG für {path} gezeichnet werden.</translation>
    </message>
    <message>
        <source>the plot</source>
        <translation>das Diagramm</translation>
    </message>
    <message>
        <source>the costs</source>
        <translation>die Kosten</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DataLoading</name>
    <message>
        <source>Settings changed: loading again…</source>
        <translation>Einstellungen geändert: lade erneut…</translation>
    </message>
    <message>
        <source>Add at least two classes to train.</source>
        <translation>Füge mindestens zwei Klassen hinzu, um zu trainieren.</translation>
    </message>
    <message>
        <source>%v / %m images</source>
        <translation>%v / %m Bilder</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>Lade Bilder…</translation>
    </message>
    <message>
        <source>no images loaded</source>
        <translation>keine Bilder geladen</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Kein Speicher mehr</translation>
    </message>
    <message>
        <source>There is not enough memory to load these images. Try a smaller image size or fewer images per class.</source>
        <translation>Es ist nicht genug Speicher da, um diese Bilder zu laden. Versuche eine kleinere Bildgröße oder weniger Bilder pro Klasse.</translation>
    </message>
    <message>
        <source>Loading failed: not enough memory.</source>
        <translation>Laden fehlgeschlagen: nicht genug Speicher.</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unexpected error while loading: {error}</source>
        <translation>Unerwarteter Fehler beim Laden: {error}</translation>
    </message>
    <message>
        <source>Loading failed.</source>
        <translation>Laden fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Loading cancelled. Press Reload to load the images.</source>
        <translation>Laden abgebrochen. Drücke „Neu laden“, um die Bilder zu laden.</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Images are read at &lt;b&gt;{size}×{size} {kind}&lt;/b&gt; (photos usually use {usual}×{usual} colour).</source>
        <translation>Bilder werden mit &lt;b&gt;{size}×{size} {kind}&lt;/b&gt; gelesen (Fotos meist mit {usual}×{usual} Farbe).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loaded {images}&lt;/b&gt;; to train: {counts}; {features} features each, in {seconds} s.</source>
        <translation>&lt;b&gt;Geladen: {images}&lt;/b&gt;; zum Trainieren: {counts}; je {features} Merkmale, in {seconds} s.</translation>
    </message>
    <message>
        <source>Loaded {images}</source>
        <translation>Geladen: {images}</translation>
    </message>
    <message>
        <source>Skipped files ({count})</source>
        <translation>Übersprungene Dateien ({count})</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt; — add one folder of images per class, or one folder whose subfolders are the classes (it may hold &lt;i&gt;train/&lt;/i&gt; and &lt;i&gt;test/&lt;/i&gt;). You can also drop folders here.</source>
        <translation>&lt;b&gt;Klassen&lt;/b&gt; — füge einen Bilderordner pro Klasse hinzu oder einen Ordner, dessen Unterordner die Klassen sind (er darf &lt;i&gt;train/&lt;/i&gt; und &lt;i&gt;test/&lt;/i&gt; enthalten). Du kannst Ordner auch hier ablegen.</translation>
    </message>
    <message>
        <source>Add class folder…</source>
        <translation>Klassenordner…</translation>
    </message>
    <message>
        <source>Choose a class folder, or a parent folder of class folders</source>
        <translation>Wähle einen Klassenordner oder einen übergeordneten Ordner mit Klassenordnern</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>No classes yet.
Drop class folders here, or use “Add class folder…”.</source>
        <translation>Noch keine Klassen.
Lege Klassenordner hier ab oder nutze „Klassenordner…“.</translation>
    </message>
    <message>
        <source>No pictures at hand? Load the sample: circles, squares and triangles</source>
        <translation>Keine Bilder zur Hand? Lade das Beispiel: Kreise, Quadrate und Dreiecke</translation>
    </message>
    <message>
        <source>A small generated dataset that trains in seconds (File → Open sample)</source>
        <translation>Ein kleiner erzeugter Datensatz, der in Sekunden trainiert (Datei → Beispiel öffnen)</translation>
    </message>
    <message>
        <source>Images and test set</source>
        <translation>Bilder und Testmenge</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Every image is squashed to this width and height</source>
        <translation>Jedes Bild wird auf diese Breite und Höhe gebracht</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>Share of each class kept aside for testing (when there are no test folders)</source>
        <translation>Anteil jeder Klasse, der zum Testen zurückgehalten wird (wenn es keine Testordner gibt)</translation>
    </message>
    <message>
        <source>Hold out for testing:</source>
        <translation>Zum Testen:</translation>
    </message>
    <message>
        <source>Train one class against an equal-size sample of all the others</source>
        <translation>Eine Klasse gegen eine gleich große Stichprobe aller anderen trainieren</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Use at most this many images per class (a seeded random sample)</source>
        <translation>Höchstens so viele Bilder pro Klasse verwenden (eine reproduzierbare Zufallsstichprobe)</translation>
    </message>
    <message>
        <source>Images per class:</source>
        <translation>Bilder pro Klasse:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>no images loaded</source>
        <translation>keine Bilder geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the folders again</source>
        <translation>Die Ordner erneut lesen</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <source>used only when the dataset has no test files</source>
        <translation>nur, wenn der Datensatz keine Testdateien hat</translation>
    </message>
    <message>
        <source>test set from the test/ folders</source>
        <translation>Testmenge aus den test/-Ordnern</translation>
    </message>
    <message>
        <source>All chosen classes</source>
        <translation>Alle gewählten Klassen</translation>
    </message>
    <message>
        <source>{name} vs. the rest</source>
        <translation>{name} gegen den Rest</translation>
    </message>
    <message>
        <source>Choose a class folder, or a folder of class folders</source>
        <translation>Wähle einen Klassenordner oder einen Ordner mit Klassenordnern</translation>
    </message>
    <message>
        <source>The imported dataset was replaced by the folders added; images are read at {size}×{size} colour again</source>
        <translation>Der importierte Datensatz wurde durch die hinzugefügten Ordner ersetzt; Bilder werden wieder mit {size}×{size} Farbe gelesen</translation>
    </message>
    <message>
        <source>Cannot add folder</source>
        <translation>Ordner kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Added {classes}</source>
        <translation>{classes} hinzugefügt</translation>
    </message>
    <message>
        <source>Name in use</source>
        <translation>Name vergeben</translation>
    </message>
    <message>
        <source>There is already a class named {name}.</source>
        <translation>Es gibt schon eine Klasse namens {name}.</translation>
    </message>
    <message>
        <source>Importing {title} from {folder}</source>
        <translation>Importiere {title} aus {folder}</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <extracomment>Strokes and clears kept for undo (a 256×256 picture takes 256 KB). The smallest side at which the canvas is shown. The flip marks&apos; tint over the picture.</extracomment>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Paint with the left mouse button, a pen or a finger; the right button erases.</source>
        <translation>Male mit der linken Maustaste, einem Stift oder dem Finger; die rechte Taste radiert.</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>Plain background</source>
        <extracomment>The shortest wait between a stroke and the answer it brings, in milliseconds. Brush sizes offered, in canvas pixels.</extracomment>
        <translation>Einfarbig</translation>
    </message>
    <message>
        <source>Mean training image</source>
        <translation>Mittelbild</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <extracomment>answers computed so far, and the seconds the last one took (the benchmark and the tests read them)</extracomment>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <source>Paint with the brush colour</source>
        <translation>Mit der Pinselfarbe malen</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>Paint the background back (the right mouse button erases too)</source>
        <translation>Den Hintergrund zurückmalen (auch die rechte Maustaste radiert)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <source>Brush size in canvas pixels (the canvas is {size}×{size}); [ and ] change it</source>
        <translation>Pinselgröße in Pixeln der Zeichenfläche (sie ist {size}×{size}); [ und ] ändern sie</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Choose any brush colour</source>
        <translation>Eine beliebige Pinselfarbe wählen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Den letzten Strich zurücknehmen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wieder</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Start again on the background</source>
        <translation>Neu auf dem Hintergrund beginnen</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <source>Start from a photo (or drop one here, or paste one with Ctrl+V) and paint over it</source>
        <translation>Mit einem Foto beginnen (oder eines hier ablegen oder mit Strg+V einfügen) und darübermalen</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>What an empty canvas shows: the training pictures&apos; border colour, or their average picture</source>
        <translation>Was eine leere Fläche zeigt: die Randfarbe der Trainingsbilder oder ihr Durchschnittsbild</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Was das Modell sieht</translation>
    </message>
    <message>
        <source>The drawing as the model receives it, each of its pixels a square</source>
        <translation>Die Zeichnung, wie das Modell sie erhält, jedes seiner Pixel ein Quadrat</translation>
    </message>
    <message>
        <source>Which pixels pushed where: vermillion for the predicted class, blue against it</source>
        <translation>Welche Pixel wohin gedrückt haben: Zinnoberrot für die vorhergesagte Klasse, Blau dagegen</translation>
    </message>
    <message>
        <source>The hidden units&apos; activations; below, the weights of the units that matter most for the predicted class, with their a·W2</source>
        <translation>Die Aktivierungen der verborgenen Einheiten; darunter die Gewichte der Einheiten, die für die vorhergesagte Klasse am meisten zählen, mit ihrem a·W2</translation>
    </message>
    <message>
        <source>Which pixels pushed where</source>
        <translation>Welche Pixel wohin drückten</translation>
    </message>
    <message>
        <source>What would flip it?</source>
        <translation>Was kippt es?</translation>
    </message>
    <message>
        <source>Mark the pixels that push hardest towards the runner-up class</source>
        <translation>Die Pixel markieren, die am stärksten zur zweitbesten Klasse drücken</translation>
    </message>
    <message>
        <source>Add to class…</source>
        <translation>Zur Klasse…</translation>
    </message>
    <message>
        <source>Save the drawing as a PNG into a class folder, to train on it</source>
        <translation>Die Zeichnung als PNG in einem Klassenordner speichern, um damit zu trainieren</translation>
    </message>
    <message>
        <source>Draw tab: {action}</source>
        <translation>Zeichnen: {action}</translation>
    </message>
    <message>
        <source>Draw tab: smaller, larger brush</source>
        <translation>Zeichnen: kleinerer, größerer Pinsel</translation>
    </message>
    <message>
        <source>Draw tab: brush colours</source>
        <translation>Zeichnen: Pinselfarben</translation>
    </message>
    <message>
        <source>Draw tab: start from the image on the clipboard</source>
        <translation>Zeichnen: mit dem Bild aus der Zwischenablage beginnen</translation>
    </message>
    <message>
        <source>Brush colour {colour}</source>
        <translation>Pinselfarbe {colour}</translation>
    </message>
    <message>
        <source>Brush colour {colour} ({key})</source>
        <translation>Pinselfarbe {colour} ({key})</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model yet.&lt;/b&gt; Train one, or open a model file, then draw here.</source>
        <translation>&lt;b&gt;Noch kein Modell.&lt;/b&gt; Trainiere eines oder öffne eine Modelldatei, dann zeichne hier.</translation>
    </message>
    <message>
        <source>This model does not work on images, so there is nothing to draw.</source>
        <translation>Dieses Modell arbeitet nicht mit Bildern, also gibt es nichts zu zeichnen.</translation>
    </message>
    <message>
        <source>The mean image needs the training pictures: load them on the Data tab.</source>
        <translation>Das Durchschnittsbild braucht die Trainingsbilder: lade sie im Reiter Daten.</translation>
    </message>
    <message>
        <source>Brush colour</source>
        <translation>Pinselfarbe</translation>
    </message>
    <message>
        <source>Start from an image</source>
        <translation>Mit einem Bild beginnen</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Bilder ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the image</source>
        <translation>Bild kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{file} cannot be used: {error}.</source>
        <translation>{file} kann nicht verwendet werden: {error}.</translation>
    </message>
    <message>
        <source>Drawing over {file}</source>
        <translation>Zeichne über {file}</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>It looks like &lt;b&gt;{name}&lt;/b&gt; ({percent})</source>
        <translation>Es sieht aus wie &lt;b&gt;{name}&lt;/b&gt; ({percent})</translation>
    </message>
    <message>
        <source>Another folder, or a new class…</source>
        <translation>Anderer Ordner oder neue Klasse…</translation>
    </message>
    <message>
        <source>Add the drawing to the class folder (make a new one for a new class)</source>
        <translation>Die Zeichnung zum Klassenordner hinzufügen (für eine neue Klasse einen neuen anlegen)</translation>
    </message>
    <message>
        <source>Cannot add the drawing</source>
        <translation>Zeichnung kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}: press Reload on the Data tab to train with it.</source>
        <translation>{file} in {folder} gespeichert: drücke „Neu laden“ im Reiter Daten, um damit zu trainieren.</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>Why &apos;{name}&apos;?</source>
        <extracomment>The window&apos;s width when the screen has room: the glass box&apos;s lines then rarely wrap. Room kept for a window manager&apos;s title bar above the window.</extracomment>
        <translation>Warum „{name}“?</translation>
    </message>
    <message>
        <source>this image</source>
        <translation>dieses Bild</translation>
    </message>
    <message>
        <source>Predicted &lt;b&gt;{name}&lt;/b&gt; ({percent})</source>
        <translation>Vorhergesagt: &lt;b&gt;{name}&lt;/b&gt; ({percent})</translation>
    </message>
    <message>
        <source> — true class &lt;b&gt;{name}&lt;/b&gt; {mark}</source>
        <translation> — wahre Klasse &lt;b&gt;{name}&lt;/b&gt; {mark}</translation>
    </message>
    <message>
        <source>The {size}×{size} image the model receives, each of its pixels a square</source>
        <translation>Das {size}×{size}-Bild, das das Modell erhält, jedes seiner Pixel ein Quadrat</translation>
    </message>
    <message>
        <source>This model does not work on images.</source>
        <translation>Dieses Modell arbeitet nicht mit Bildern.</translation>
    </message>
    <message>
        <source>(no original file)</source>
        <translation>(keine Originaldatei)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The model sees</source>
        <translation>Das Modell sieht</translation>
    </message>
    <message>
        <source>Pixels for / against</source>
        <translation>Pixel dafür / dagegen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{for_colour}&apos;&gt;■&lt;/span&gt; a pixel pushing towards &apos;{name}&apos;, &lt;span style=&apos;color:{against_colour}&apos;&gt;■&lt;/span&gt; away from it. Overlay strength:</source>
        <translation>&lt;span style=&apos;color:{for_colour}&apos;&gt;■&lt;/span&gt; ein Pixel, das zu „{name}“ drückt, &lt;span style=&apos;color:{against_colour}&apos;&gt;■&lt;/span&gt; davon weg. Stärke der Überlagerung:</translation>
    </message>
    <message>
        <source>Overlay strength</source>
        <translation>Stärke der Überlagerung</translation>
    </message>
    <message>
        <source>Probability of each class</source>
        <translation>Wahrscheinlichkeit jeder Klasse</translation>
    </message>
    <message>
        <source>Probability of {name}</source>
        <translation>Wahrscheinlichkeit von {name}</translation>
    </message>
    <message>
        <source>The glass box: this image&apos;s numbers in the equations</source>
        <translation>Der gläserne Kasten: die Zahlen dieses Bildes in den Gleichungen</translation>
    </message>
    <message>
        <source>No pixels to draw on.</source>
        <translation>Keine Pixel zum Bemalen.</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>row {number}</source>
        <extracomment>The data role holding a tile&apos;s row index in the dataset. drawn tiles by (row, caption, colour): moving a threshold re-shows mostly the same tiles</extracomment>
        <translation>Zeile {number}</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Data, Train, Results, Predict, Draw, Playground tab</source>
        <translation>Reiter Daten, Training, Ergebnisse, Vorhersage, Zeichnen, Spielwiese</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Train tab: train, or pause and resume</source>
        <translation>Training: trainieren oder anhalten und fortsetzen</translation>
    </message>
    <message>
        <source>Train tab: one more step while paused</source>
        <translation>Training: ein Schritt weiter in der Pause</translation>
    </message>
    <message>
        <source>Train tab: back one recorded point while paused</source>
        <translation>Training: einen aufgezeichneten Punkt zurück in der Pause</translation>
    </message>
    <message>
        <source>Train tab: log scale</source>
        <translation>Training: logarithmische Skala</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About lrgui</source>
        <translation>Über lrgui</translation>
    </message>
    <message>
        <source>&lt;p&gt;Train image classifiers from first principles: logistic regression as a single sigmoid neuron, trained by full-batch gradient descent, and a network with one hidden layer — all in readable NumPy.&lt;/p&gt;&lt;p&gt;Made for classrooms, students and the curious. MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bildklassifikatoren von Grund auf trainieren: logistische Regression als ein einzelnes Sigmoid-Neuron, trainiert mit dem Gradientenverfahren über alle Daten, und ein Netz mit einer verborgenen Schicht — alles in lesbarem NumPy.&lt;/p&gt;&lt;p&gt;Gemacht für Klassenzimmer, Lernende und Neugierige. MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <source>Hidden units</source>
        <translation>Verborgene Einheiten</translation>
    </message>
    <message>
        <source>strongest units: {units}</source>
        <translation>stärkste Einheiten: {units}</translation>
    </message>
    <message>
        <source>{unit} (activation {value})</source>
        <translation>{unit} (Aktivierung {value})</translation>
    </message>
    <message>
        <source>{count} hidden units: activation</source>
        <translation>{count} verborgene Einheiten: Aktivierung</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>The step slice is drawn for a model trained by gradient descent.</source>
        <extracomment>&quot;iteration&quot; or &quot;epoch&quot;, for the caption</extracomment>
        <translation>Der Schrittschnitt wird für ein Modell gezeichnet, das mit Gradientenabstieg trainiert wird.</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The bands&apos; colours, lowest cost first: pale where the valley is, a muted blue up the walls (paths stay visible). (w₁, w₂, b) of a left click: the start a click asks for True while a run is drawn live: every grid is then computed on the worker (the owner sets it)</extracomment>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>Which two of the line&apos;s parameters the landscape spreads out; the third is held</source>
        <translation>Welche zwei Parameter der Geraden die Landschaft aufspannt; der dritte bleibt fest</translation>
    </message>
    <message>
        <source>Cost J over</source>
        <translation>Kosten J über</translation>
    </message>
    <message>
        <source>Cost landscape</source>
        <translation>Kostenlandschaft</translation>
    </message>
    <message>
        <source>The cost J of the line at every pair of values; the path is where training took it</source>
        <translation>Die Kosten J der Geraden für jedes Wertepaar; der Pfad zeigt, wohin das Training sie führte</translation>
    </message>
    <message>
        <source>the shown point&apos;s value</source>
        <translation>Wert des gezeigten Punkts</translation>
    </message>
    <message>
        <source>The landscape is drawn for a line on two features of two classes.</source>
        <translation>Die Landschaft wird für eine Gerade auf zwei Merkmalen zweier Klassen gezeichnet.</translation>
    </message>
    <message>
        <source>the next start&apos;s value</source>
        <translation>Wert des nächsten Starts</translation>
    </message>
    <message>
        <source>its starting value</source>
        <translation>sein Startwert</translation>
    </message>
    <message>
        <source>{name} held at {value}</source>
        <translation>{name} fest bei {value}</translation>
    </message>
    <message>
        <source>{name} held at {value} ({where})</source>
        <translation>{name} fest bei {value} ({where})</translation>
    </message>
    <message>
        <source>; each rate&apos;s path in its colour</source>
        <translation>; der Pfad jeder Rate in ihrer Farbe</translation>
    </message>
    <message>
        <source>; levels by ratio</source>
        <translation>; Höhenlinien nach Verhältnis</translation>
    </message>
    <message>
        <source>The cost J of the line at every pair of values; the path is where training took it. Click: the next run starts there.</source>
        <translation>Die Kosten J der Geraden für jedes Wertepaar; der Pfad zeigt, wohin das Training sie führte. Klick: der nächste Lauf beginnt dort.</translation>
    </message>
    <message>
        <source>No landscape: it is drawn for a line on two features of two classes.</source>
        <translation>Keine Landschaft: sie wird für eine Gerade auf zwei Merkmalen zweier Klassen gezeichnet.</translation>
    </message>
    <message>
        <source>Cost J over {first} and {second}, {held} held at {value}.</source>
        <translation>Kosten J über {first} und {second}, {held} festgehalten bei {value}.</translation>
    </message>
    <message>
        <source>Current point: {first} = {x}, {second} = {y}, cost {cost}.</source>
        <translation>Aktueller Punkt: {first} = {x}, {second} = {y}, Kosten {cost}.</translation>
    </message>
    <message>
        <source>{count} runs&apos; paths.</source>
        <translation>Pfade von {count} Läufen.</translation>
    </message>
    <message>
        <source>The next run starts at {first} = {x}, {second} = {y}.</source>
        <translation>Der nächste Lauf beginnt bei {first} = {x}, {second} = {y}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <extracomment>the languages offered, each in its own words (never translated) said after a choice, looked up in the chosen language&apos;s catalogue (not yet installed)</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>lrgui speaks {language} from its next start.</source>
        <translation>lrgui spricht ab dem nächsten Start {language}.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>LearningRateRace</name>
    <message>
        <source>Learning-rate race — {model}</source>
        <extracomment>At most this many rates race at once: small multiples must stay readable. A line&apos;s race records about this many points of each path, at most (every step of a shorter run).</extracomment>
        <translation>Lernraten-Rennen — {model}</translation>
    </message>
    <message>
        <source>Learning rates:</source>
        <translation>Lernraten:</translation>
    </message>
    <message>
        <source>Up to {count} rates, separated by commas; 1e-3 works too</source>
        <translation>Bis zu {count} Raten, durch Leerzeichen getrennt; 1e-3 geht auch</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Rennen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>{run}&apos;s newest point&apos;s value</source>
        <translation>Wert des neuesten Punkts von {run}</translation>
    </message>
    <message>
        <source>all weights zero</source>
        <translation>alle Gewichte null</translation>
    </message>
    <message>
        <source>weights drawn with seed {seed}</source>
        <translation>Gewichte gezogen mit Startwert {seed}</translation>
    </message>
    <message>
        <source>the start chosen on the landscape</source>
        <translation>der auf der Landschaft gewählte Start</translation>
    </message>
    <message>
        <source>Every rate starts from the same parameters ({start}), trains {count} {steps} on the same {points} points: only the rate differs.</source>
        <translation>Jede Rate beginnt mit denselben Parametern ({start}), trainiert {count} {steps} auf denselben {points} Punkten: nur die Rate unterscheidet sich.</translation>
    </message>
    <message>
        <source>Race at most {most} learning rates at once, not {count}.</source>
        <translation>Lass höchstens {most} Lernraten gleichzeitig antreten, nicht {count}.</translation>
    </message>
    <message>
        <source>Cannot race</source>
        <translation>Rennen nicht möglich</translation>
    </message>
    <message>
        <source> · diverged</source>
        <translation> · divergiert</translation>
    </message>
    <message>
        <source> · unstable</source>
        <translation> · instabil</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Save &amp;lesson…</source>
        <extracomment>asks the user for a missing folder (a dialog; tests pass their own): a path, or None to give up</extracomment>
        <translation>&amp;Lektion speichern…</translation>
    </message>
    <message>
        <source>Save the data, settings, runs, model, playground and notes as one file</source>
        <translation>Daten, Einstellungen, Läufe, Modell, Spielwiese und Notizen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Open l&amp;esson…</source>
        <translation>L&amp;ektion öffnen…</translation>
    </message>
    <message>
        <source>Open a lesson file</source>
        <translation>Eine Lektionsdatei öffnen</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <extracomment>the lesson file open or last saved: a model from it is saved (in it)</extracomment>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>lrgui lessons (*{extension})</source>
        <translation>lrgui-Lektionen (*{extension})</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>Lektion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Lesson saved to {path}</source>
        <translation>Lektion gespeichert in {path}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot use that folder</source>
        <translation>Dieser Ordner ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Lesson data</source>
        <translation>Daten der Lektion</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Use it as it is</source>
        <translation>So verwenden</translation>
    </message>
    <message>
        <source>Where is {folder}?</source>
        <translation>Wo ist {folder}?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>lrgui</source>
        <extracomment>Every window until Qt has destroyed it. A top-level window is owned by its Python wrapper; were the garbage collector to drop that wrapper, the whole window would be destroyed then, at a random moment inside whatever the UI thread was doing and holding the GIL (which deadlocked in ~QObject beside running workers). Held here, a window is destroyed only by Qt: closed, it deletes itself in the event loop (WA_DeleteOnClose).</extracomment>
        <translation>lrgui</translation>
    </message>
    <message>
        <source>&amp;1  Data</source>
        <extracomment>everything the views show; they observe it and never reach into each other</extracomment>
        <translation>&amp;1  Daten</translation>
    </message>
    <message>
        <source>&amp;2  Train</source>
        <translation>&amp;2  Training</translation>
    </message>
    <message>
        <source>&amp;3  Results</source>
        <translation>&amp;3  Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;4  Predict</source>
        <translation>&amp;4  Vorhersage</translation>
    </message>
    <message>
        <source>&amp;5  Draw</source>
        <translation>&amp;5  Zeichnen</translation>
    </message>
    <message>
        <source>&amp;6  Playground</source>
        <translation>&amp;6  Spielwiese</translation>
    </message>
    <message>
        <source>Add class folders on the Data tab to begin.</source>
        <translation>Füge im Reiter Daten Klassenordner hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;data folder…</source>
        <translation>&amp;Datenordner öffnen…</translation>
    </message>
    <message>
        <source>Add a class folder, or a folder of class folders</source>
        <translation>Einen Klassenordner oder einen Ordner mit Klassenordnern hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <source>Open a saved model</source>
        <translation>Ein gespeichertes Modell öffnen</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>Modell &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the trained model to a file</source>
        <translation>Das trainierte Modell in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open s&amp;ample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Import dataset</source>
        <translation>Datensatz &amp;importieren</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Choose {what}</source>
        <translation>{what} wählen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;NumPy script…</source>
        <translation>&amp;NumPy-Skript…</translation>
    </message>
    <message>
        <source>Write predict.py and weights.npz: the model as a plain NumPy + Pillow script that agrees exactly</source>
        <translation>predict.py und weights.npz schreiben: das Modell als schlichtes NumPy-+-Pillow-Skript, das genau übereinstimmt</translation>
    </message>
    <message>
        <source>&amp;Dataset (HDF5)…</source>
        <translation>&amp;Datensatz (HDF5)…</translation>
    </message>
    <message>
        <source>Write the loaded images as train_x, train_y, test_x, test_y and list_classes (the tutorial&apos;s HDF5)</source>
        <translation>Die geladenen Bilder als train_x, train_y, test_x, test_y und list_classes schreiben (das HDF5 des Tutorials)</translation>
    </message>
    <message>
        <source>Clear the image cache</source>
        <translation>Bildzwischenspeicher leeren</translation>
    </message>
    <message>
        <source>Forget the decoded images kept to make reloading instant</source>
        <translation>Die dekodierten Bilder vergessen, die das Neuladen sofort machen</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Full screen, large text and thick curves, for the back of the room</source>
        <translation>Vollbild, große Schrift und dicke Kurven, für die hinteren Reihen</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Präsentation verlassen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About lrgui</source>
        <translation>&amp;Über lrgui</translation>
    </message>
    <message>
        <source>Tab {number}</source>
        <translation>Reiter {number}</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>, lr {rate}</source>
        <translation>, lr {rate}</translation>
    </message>
    <message>
        <source>, diverged</source>
        <translation>, divergiert</translation>
    </message>
    <message>
        <source>Model: {file} ({name})</source>
        <translation>Modell: {file} ({name})</translation>
    </message>
    <message>
        <source>Model: trained, not saved ({name})</source>
        <translation>Modell: trainiert, nicht gespeichert ({name})</translation>
    </message>
    <message>
        <source>Unsaved model * — lrgui</source>
        <translation>Ungespeichertes Modell * — lrgui</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>lrgui models (*{extension});;Old lrgui models (*.lrgui.h5);;All files (*)</source>
        <translation>lrgui-Modelle (*{extension});;Alte lrgui-Modelle (*.lrgui.h5);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Modell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not enough memory to open {file}.</source>
        <translation>Nicht genug Speicher, um {file} zu öffnen.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {error}</source>
        <translation>{file} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>lrgui models (*{extension})</source>
        <translation>lrgui-Modelle (*{extension})</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>Modell kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Model saved to {path}</source>
        <translation>Modell gespeichert in {path}</translation>
    </message>
    <message>
        <source>Import {title}: choose {what}</source>
        <translation>{title} importieren: {what} wählen</translation>
    </message>
    <message>
        <source>Clear the image cache ({size} MB)</source>
        <translation>Bildzwischenspeicher leeren ({size} MB)</translation>
    </message>
    <message>
        <source>Image cache cleared ({size} MB freed)</source>
        <translation>Bildzwischenspeicher geleert ({size} MB frei)</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Preparing the {name} sample…</source>
        <translation>Bereite das Beispiel {name} vor…</translation>
    </message>
    <message>
        <source>Welcome to lrgui</source>
        <translation>Willkommen bei lrgui</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to lrgui!&lt;/b&gt;&lt;p&gt;lrgui trains an image classifier in front of you: pick a folder of pictures per class, press Train and watch the cost fall.&lt;/p&gt;&lt;p&gt;Start with the built-in sample — circles, squares and triangles — to see it work in seconds?&lt;/p&gt;</source>
        <translation>&lt;b&gt;Willkommen bei lrgui!&lt;/b&gt;&lt;p&gt;lrgui trainiert vor deinen Augen einen Bildklassifikator: wähle einen Bilderordner pro Klasse, drücke „Trainieren“ und sieh zu, wie die Kosten fallen.&lt;/p&gt;&lt;p&gt;Mit dem eingebauten Beispiel beginnen — Kreise, Quadrate und Dreiecke —, um es in Sekunden arbeiten zu sehen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load the sample</source>
        <translation>Beispiel laden</translation>
    </message>
    <message>
        <source>Open a lesson…</source>
        <translation>Lektion öffnen…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Train a model or open one first.</source>
        <translation>Trainiere zuerst ein Modell oder öffne eines.</translation>
    </message>
    <message>
        <source>Export the model as a NumPy script: choose a folder</source>
        <translation>Modell als NumPy-Skript exportieren: Ordner wählen</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>Modell kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}</source>
        <translation>{files} nach {folder} geschrieben</translation>
    </message>
    <message>
        <source>Load images on the Data tab first.</source>
        <translation>Lade zuerst Bilder im Reiter Daten.</translation>
    </message>
    <message>
        <source>Export the dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>HDF5 files (*.h5 *.hdf5)</source>
        <translation>HDF5-Dateien (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <source>Cannot export the dataset</source>
        <translation>Datensatz kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Dataset written to {path}</source>
        <translation>Datensatz geschrieben nach {path}</translation>
    </message>
    <message>
        <source>Unsaved model</source>
        <translation>Ungespeichertes Modell</translation>
    </message>
    <message>
        <source>The trained model has not been saved. Save it before quitting?</source>
        <translation>Das trainierte Modell wurde nicht gespeichert. Vor dem Beenden speichern?</translation>
    </message>
</context>
<context>
    <name>ModelPane</name>
    <message>
        <source>Settings of the {model}</source>
        <extracomment>About this many recorded points per run: a smooth history slider, a few hundred small snapshots. Snapshots kept per run for the history slider (evenly thinned beyond this). A live run is drawn at most this often (ms): ten pictures a second, and time for the window between them. the pane&apos;s settings or its trained run changed (the tab writes them into the state) the pane&apos;s last finished run (None before one) the pane&apos;s finished run as the state and a lesson keep it (None: not trained) the box of each Playground setting, by the setting&apos;s name</extracomment>
        <translation>Einstellungen: {model}</translation>
    </message>
    <message>
        <source>Show the hidden units&apos; lines</source>
        <translation>Geraden der Einheiten</translation>
    </message>
    <message>
        <source>Each hidden unit&apos;s own line w·x + b = 0: where its input changes sign</source>
        <translation>Die eigene Gerade w·x + b = 0 jeder verborgenen Einheit: wo ihre Eingabe das Vorzeichen wechselt</translation>
    </message>
    <message>
        <source>Train this pane</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Race rates…</source>
        <translation>Rennen…</translation>
    </message>
    <message>
        <source>This pane&apos;s line trained with several learning rates from its start: each rate&apos;s path on one cost landscape</source>
        <translation>Die Gerade dieses Bereichs mit mehreren Lernraten vom selben Start trainiert: der Pfad jeder Rate auf einer Kostenlandschaft</translation>
    </message>
    <message>
        <source>Start: all weights zero</source>
        <translation>Start: alle Gewichte null</translation>
    </message>
    <message>
        <source>Start from zero</source>
        <translation>Bei null starten</translation>
    </message>
    <message>
        <source>Forget the start clicked on the landscape: the next run starts at zero</source>
        <translation>Den auf der Landschaft geklickten Start vergessen: der nächste Lauf beginnt bei null</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Drag to see the boundary as it was at an earlier recorded point</source>
        <translation>Ziehen, um die Grenze an einem früheren aufgezeichneten Punkt zu sehen</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>Noch nicht trainiert.</translation>
    </message>
    <message>
        <source>Start: {w1_name} {w1}, {w2_name} {w2}, b {b}</source>
        <translation>Start: {w1_name} {w1}, {w2_name} {w2}, b {b}</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <extracomment>Set by the tab: returns (data, seed) to train on, or None (and has said why).</extracomment>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Training accuracy &lt;b&gt;{percent}&lt;/b&gt; after {count} {steps}</source>
        <translation>Trainingsgenauigkeit &lt;b&gt;{percent}&lt;/b&gt; nach {count} {steps}</translation>
    </message>
    <message>
        <source>Stopped before the first iteration.</source>
        <translation>Vor der ersten Iteration gestoppt.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Training fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Lesson notes</source>
        <extracomment>Notes longer than this are refused by lesson files; the editor stops there.</extracomment>
        <translation>Notizen zur Lektion</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titel der Lektion</translation>
    </message>
    <message>
        <source>Notes for the lesson: what to show, what to ask the class…</source>
        <translation>Notizen zur Lektion: was zeigen, was die Klasse fragen…</translation>
    </message>
</context>
<context>
    <name>PlaygroundTab</name>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>How many points; for a gate, more than 4 add noisy copies of the corners</source>
        <translation>Wie viele Punkte; bei einem Gatter fügen mehr als 4 verrauschte Kopien der Ecken hinzu</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Rauschen:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>The same seed gives the same points and the same initial weights</source>
        <translation>Derselbe Startwert gibt dieselben Punkte und dieselben Anfangsgewichte</translation>
    </message>
    <message>
        <source>New points</source>
        <translation>Neue Punkte</translation>
    </message>
    <message>
        <source>Draw the data set again with these settings (your clicked points are lost)</source>
        <translation>Den Datensatz mit diesen Einstellungen neu ziehen (deine geklickten Punkte gehen verloren)</translation>
    </message>
    <message>
        <source>class 0 (blue ●)</source>
        <translation>Klasse 0 (blau ●)</translation>
    </message>
    <message>
        <source>class 1 (orange ■)</source>
        <translation>Klasse 1 (orange ■)</translation>
    </message>
    <message>
        <source>Left click on a map adds a point of this class; right click removes the nearest</source>
        <translation>Linksklick auf eine Karte fügt einen Punkt dieser Klasse hinzu; Rechtsklick entfernt den nächsten</translation>
    </message>
    <message>
        <source>Train both</source>
        <translation>Beide trainieren</translation>
    </message>
    <message>
        <source>Train the logistic regression and the network together, on the same points</source>
        <translation>Die logistische Regression und das Netz zusammen auf denselben Punkten trainieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>While paused: one more iteration in each pane that trains</source>
        <translation>In der Pause: eine Iteration mehr in jedem trainierenden Bereich</translation>
    </message>
    <message>
        <source>Race rates…</source>
        <translation>Rennen…</translation>
    </message>
    <message>
        <source>The network (right pane&apos;s settings) trained with several learning rates from the same start: boundaries side by side, costs on one plot</source>
        <translation>Das Netz (Einstellungen des rechten Bereichs) mit mehreren Lernraten vom selben Start trainiert: Grenzen nebeneinander, Kosten in einem Diagramm</translation>
    </message>
    <message>
        <source>Click adds:</source>
        <translation>Klick setzt:</translation>
    </message>
    <message>
        <source>Left click adds a point, right click removes the nearest one.</source>
        <translation>Linksklick fügt einen Punkt hinzu, Rechtsklick entfernt den nächsten.</translation>
    </message>
    <message>
        <source>Not offered here: {models}. The Playground shows the models that declare a Playground pane; train the others on the Train tab.</source>
        <extracomment>one pane per kind with a Playground pane, left to right in the registry&apos;s order</extracomment>
        <translation>Hier nicht angeboten: {models}. Die Spielwiese zeigt die Modelle, die einen eigenen Bereich auf der Spielwiese angeben; trainieren Sie die anderen im Reiter „Training“.</translation>
    </message>
    <message>
        <source>Cannot make the data</source>
        <translation>Daten können nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <source>Training needs points of both classes; click to add some.</source>
        <translation>Das Training braucht Punkte beider Klassen; klicke, um welche hinzuzufügen.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>PredictTab</name>
    <message>
        <source>true: {name} {mark}</source>
        <extracomment>The size (px) of a prediction&apos;s picture, and how many files are predicted at a time. The label band&apos;s colour when the model&apos;s classes give none. the list&apos;s line, also what a screen reader says for the row the words under the tile the model&apos;s-eye image enlarged to TILE without smoothing the pixel row the model saw &quot;label 97.0 %&quot; on the tile&apos;s bottom band &quot;true: label ✓&quot; on the tile&apos;s top band, empty when the true label is unknown</extracomment>
        <translation>wahr: {name} {mark}</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>(pasted image)</source>
        <translation>(eingefügtes Bild)</translation>
    </message>
    <message>
        <source>from {file}</source>
        <extracomment>Dark, distinct label backgrounds (white text stays readable on all of them). every row shown, predictions and skipped files; the gallery and the list are its two views</extracomment>
        <translation>aus {file}</translation>
    </message>
    <message>
        <source>trained just now</source>
        <translation>gerade trainiert</translation>
    </message>
    <message>
        <source>Open images…</source>
        <translation>Bilder öffnen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Predict the image on the clipboard (Ctrl+V)</source>
        <translation>Das Bild aus der Zwischenablage vorhersagen (Strg+V)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV-Export…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Predict the test set</source>
        <translation>Testbilder vorhersagen</translation>
    </message>
    <message>
        <source>Predict every image held out for testing, with its true label</source>
        <translation>Jedes zum Testen zurückgehaltene Bild vorhersagen, mit seiner wahren Klasse</translation>
    </message>
    <message>
        <source>Predicted images</source>
        <translation>Vorhergesagte Bilder</translation>
    </message>
    <message>
        <source>Predictions as a list</source>
        <translation>Vorhersagen als Liste</translation>
    </message>
    <message>
        <source>Double-click an image to see why the model said that</source>
        <translation>Doppelklicke ein Bild, um zu sehen, warum das Modell das sagte</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model yet.&lt;/b&gt; Train one on the Train tab, or open a model file.</source>
        <translation>&lt;b&gt;Noch kein Modell.&lt;/b&gt; Trainiere eines im Reiter Training oder öffne eine Modelldatei.</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>keine Bilder</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt;{description}: {classes} — applied to images at {looks}.</source>
        <translation>&lt;b&gt;Modell&lt;/b&gt;{description}: {classes} — angewandt auf Bilder mit {looks}.</translation>
    </message>
    <message>
        <source>Drop images or folders here, paste an image (Ctrl+V), or open files.</source>
        <translation>Lege Bilder oder Ordner hier ab, füge ein Bild ein (Strg+V) oder öffne Dateien.</translation>
    </message>
    <message>
        <source>This data&apos;s test images are in {folders}.</source>
        <translation>Die Testbilder dieser Daten liegen in {folders}.</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Bilder ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Train a model or open a model file before predicting.</source>
        <translation>Trainiere ein Modell oder öffne eine Modelldatei, bevor du vorhersagst.</translation>
    </message>
    <message>
        <source>Cannot explain</source>
        <translation>Erklärung nicht möglich</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>No images found in what was dropped.</source>
        <translation>Im Abgelegten wurden keine Bilder gefunden.</translation>
    </message>
    <message>
        <source>skipped: {path} — {reason}</source>
        <translation>übersprungen: {path} — {reason}</translation>
    </message>
    <message>
        <source>{images} predicted. Drop more, or export the list as CSV.</source>
        <translation>{images} vorhergesagt. Lege mehr ab oder exportiere die Liste als CSV.</translation>
    </message>
    <message>
        <source>Cannot predict</source>
        <translation>Vorhersage nicht möglich</translation>
    </message>
    <message>
        <source>Prediction failed</source>
        <translation>Vorhersage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unexpected error while predicting: {error}</source>
        <translation>Unerwarteter Fehler bei der Vorhersage: {error}</translation>
    </message>
    <message>
        <source>the predictions</source>
        <translation>die Vorhersagen</translation>
    </message>
    <message>
        <source>Export predictions</source>
        <translation>Vorhersagen exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Predictions exported to {path}</source>
        <translation>Vorhersagen exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>Probability of each class</source>
        <translation>Wahrscheinlichkeit jeder Klasse</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Test set</source>
        <extracomment>the evaluation at the model&apos;s own threshold, and the one shown (at the slider&apos;s threshold)</extracomment>
        <translation>Testmenge</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Trainingsmenge</translation>
    </message>
    <message>
        <source>Percent of each true class</source>
        <translation>Prozent jeder wahren Klasse</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Every misclassified image, most confidently wrong first</source>
        <translation>Jedes falsch eingeordnete Bild, die sichersten Irrtümer zuerst</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>Auswerten auf</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the predicted class. Click a cell to see its images.</source>
        <translation>Zeilen: die wahre Klasse; Spalten: die vorhergesagte Klasse. Klicke eine Zelle an, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>Precision: of the images predicted this class, the share that are. Recall: of the images of this class, the share found.</source>
        <translation>Präzision: von den als diese Klasse vorhergesagten Bildern der Anteil, der es ist. Trefferquote: von den Bildern dieser Klasse der gefundene Anteil.</translation>
    </message>
    <message>
        <source>Confusion matrix (true ↓, predicted →)</source>
        <translation>Konfusionsmatrix (wahr ↓, vorhergesagt →)</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Pro Klasse</translation>
    </message>
    <message>
        <source>Excluded from training</source>
        <translation>Vom Training ausgeschlossen</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Wieder aufnehmen</translation>
    </message>
    <message>
        <source>Click a cell of the matrix, or Mistakes, to see the images.</source>
        <translation>Klicke eine Zelle der Matrix oder „Fehler“ an, um die Bilder zu sehen.</translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation>Erklären…</translation>
    </message>
    <message>
        <source>Exclude from training</source>
        <translation>Vom Training ausschließen</translation>
    </message>
    <message>
        <source>Draw over it</source>
        <translation>Darübermalen</translation>
    </message>
    <message>
        <source>Open the selected picture on the Draw tab, to paint over it</source>
        <translation>Das gewählte Bild im Reiter Zeichnen öffnen, um darüberzumalen</translation>
    </message>
    <message>
        <source>Images of the chosen cell</source>
        <translation>Bilder der gewählten Zelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model yet.&lt;/b&gt; Train one on the Train tab, or open a model file.</source>
        <translation>&lt;b&gt;Noch kein Modell.&lt;/b&gt; Trainiere eines im Reiter Training oder öffne eine Modelldatei.</translation>
    </message>
    <message>
        <source>No test set: hold out a share of the images on the Data tab, or choose the training set.</source>
        <translation>Keine Testmenge: halte im Reiter Daten einen Teil der Bilder zurück oder wähle die Trainingsmenge.</translation>
    </message>
    <message>
        <source>Load images on the Data tab to see how the model does.</source>
        <translation>Lade Bilder im Reiter Daten, um zu sehen, wie gut das Modell ist.</translation>
    </message>
    <message>
        <source>Evaluating the model on {images}…</source>
        <translation>Werte das Modell auf {images} aus…</translation>
    </message>
    <message>
        <source>The evaluation failed.</source>
        <translation>Die Auswertung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation>Auswertung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unexpected error while evaluating: {error}</source>
        <translation>Unerwarteter Fehler bei der Auswertung: {error}</translation>
    </message>
    <message>
        <source>Decision threshold {value}: &apos;{name}&apos; when its probability is above it</source>
        <translation>Entscheidungsschwelle {value}: „{name}“, wenn seine Wahrscheinlichkeit darüber liegt</translation>
    </message>
    <message>
        <source>test set</source>
        <translation>Testmenge</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>Trainingsmenge</translation>
    </message>
    <message>
        <source>&lt;b&gt;{percent}&lt;/b&gt; right on the {set} ({images}) — {baseline}</source>
        <translation>&lt;b&gt;{percent}&lt;/b&gt; richtig auf der {set} ({images}) — {baseline}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Diverged&lt;/b&gt;: the cost exploded (the learning rate is too large); the last finite weights get {percent} on the {set} ({images}) — {baseline}</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Divergiert&lt;/b&gt;: die Kosten explodierten (die Lernrate ist zu groß); die letzten endlichen Gewichte erreichen {percent} auf der {set} ({images}) — {baseline}</translation>
    </message>
    <message>
        <source>{images} of classes the model does not know left out.</source>
        <translation>{images} aus Klassen, die das Modell nicht kennt, weggelassen.</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count} ({percent} of {true})</source>
        <translation>wahr {true}, vorhergesagt {predicted}: {count} ({percent} von {true})</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong, most confidently wrong first</source>
        <translation>falsch, die sichersten Irrtümer zuerst</translation>
    </message>
    <message>
        <source>True &apos;{true}&apos;, predicted &apos;{predicted}&apos;: {images} ({kind})</source>
        <translation>Wahr „{true}“, vorhergesagt „{predicted}“: {images} ({kind})</translation>
    </message>
    <message>
        <source>Mistakes: {images}, most confidently wrong first</source>
        <translation>Fehler: {images}, die sichersten Irrtümer zuerst</translation>
    </message>
    <message>
        <source>. Double-click an image to see why.</source>
        <translation>. Doppelklicke ein Bild, um zu sehen, warum.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>true: {true}  predicted: {predicted}</source>
        <translation>wahr: {true}  vorhergesagt: {predicted}</translation>
    </message>
    <message>
        <source>Leave the selected images out of training from the next load on (a mislabelled photo)</source>
        <translation>Die gewählten Bilder ab dem nächsten Laden vom Training ausschließen (ein falsch beschriftetes Foto)</translation>
    </message>
    <message>
        <source>Test images are never trained on: choose the training set to exclude images from training</source>
        <translation>Mit Testbildern wird nie trainiert: wähle die Trainingsmenge, um Bilder vom Training auszuschließen</translation>
    </message>
    <message>
        <source>Cannot explain</source>
        <translation>Erklärung nicht möglich</translation>
    </message>
    <message>
        <source>{images} excluded from training: they are left out from the next load and training on.</source>
        <translation>{images} vom Training ausgeschlossen: sie fehlen ab dem nächsten Laden und Training.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Train a new model from the starting weights (Ctrl+T)</source>
        <translation>Ein neues Modell ab den Startgewichten trainieren (Strg+T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop now, keeping the weights reached (Ctrl+.)</source>
        <translation>Jetzt stoppen und die erreichten Gewichte behalten (Strg+.)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Train further from the weights reached (Ctrl+Shift+T)</source>
        <translation>Ab den erreichten Gewichten weitertrainieren (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the run here; press again to resume</source>
        <translation>Den Lauf hier anhalten; nochmal drücken setzt fort</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>While paused: one more iteration (one epoch for the network)</source>
        <translation>In der Pause: eine Iteration mehr (eine Epoche beim Netz)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Vergangen {time}</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · angehalten</translation>
    </message>
    <message>
        <source> · remaining about {time}</source>
        <translation> · noch etwa {time}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>as fast as possible</source>
        <extracomment>The pace choices: (label, seconds the run is shown over; None = as fast as possible).</extracomment>
        <translation>so schnell wie möglich</translation>
    </message>
    <message>
        <source>show over 5 s</source>
        <translation>über 5 s zeigen</translation>
    </message>
    <message>
        <source>show over 10 s</source>
        <translation>über 10 s zeigen</translation>
    </message>
    <message>
        <source>show over 30 s</source>
        <translation>über 30 s zeigen</translation>
    </message>
    <message>
        <source>Model and training</source>
        <translation>Modell und Training</translation>
    </message>
    <message>
        <source>Logistic regression: one sigmoid neuron. Neural network: one hidden layer.</source>
        <translation>Logistische Regression: ein Sigmoid-Neuron. Neuronales Netz: eine verborgene Schicht.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Step size of gradient descent (arrows step 1–2–5 per decade)</source>
        <extracomment>Where a setting&apos;s row goes: the main box (never scrolls), the recording box; every other one in the kind&apos;s box. Settings whose box shows 0 as &quot;auto&quot; (unset: the network chooses from the data&apos;s size). The window&apos;s own words for a setting where the flag&apos;s help speaks of the command line (several rates).</extracomment>
        <translation>Schrittweite des Gradientenverfahrens (Pfeile in Schritten 1–2–5 je Dekade)</translation>
    </message>
    <message>
        <source>Recording and pace</source>
        <translation>Aufzeichnung und Tempo</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <extracomment>every kind&apos;s settings by name, each with the widget made from its field (a name several kinds share is one widget; its range is the shown kind&apos;s)</extracomment>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Record every:</source>
        <translation>Aufzeichnen alle:</translation>
    </message>
    <message>
        <source>Spread the run over a few seconds so a class can follow it; Pause and Step still answer at once</source>
        <translation>Den Lauf über einige Sekunden strecken, damit eine Klasse folgen kann; Pause und Schritt reagieren trotzdem sofort</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Record every ({steps}):</source>
        <translation>Aufzeichnen alle ({steps}):</translation>
    </message>
    <message>
        <source>{steps}:</source>
        <translation>{steps}:</translation>
    </message>
</context>
<context>
    <name>StepSliceView</name>
    <message>
        <source>overflow</source>
        <extracomment>Rows × features up to which a slice is computed where it is asked for (the toy sets: under a millisecond). A slice spanning more than this ratio of costs is drawn on a logarithmic axis. A slice computed on a worker starts this long after it is asked for (newer requests replace it meanwhile).</extracomment>
        <translation>Überlauf</translation>
    </message>
    <message>
        <source>The step slice appears at a recorded point of a run.</source>
        <translation>Der Schrittschnitt erscheint an einem aufgezeichneten Punkt eines Laufs.</translation>
    </message>
    <message>
        <source>Step slice</source>
        <translation>Schrittschnitt</translation>
    </message>
    <message>
        <source>The data loaded now are not the ones this model was trained on.</source>
        <translation>Die jetzt geladenen Daten sind nicht die, mit denen dieses Modell trainiert wurde.</translation>
    </message>
    <message>
        <source>↑ overshoots</source>
        <translation>↑ schießt über</translation>
    </message>
    <message>
        <source>↓ falls</source>
        <translation>↓ fällt</translation>
    </message>
    <message>
        <source> at epoch {number}</source>
        <translation> in Epoche {number}</translation>
    </message>
    <message>
        <source> at iteration {number}</source>
        <translation> bei Iteration {number}</translation>
    </message>
    <message>
        <source>lands higher than it starts: it overshoots</source>
        <translation>landet höher als er beginnt: er schießt über</translation>
    </message>
    <message>
        <source>lands lower: the cost falls</source>
        <translation>landet tiefer: die Kosten fallen</translation>
    </message>
    <message>
        <source>lies beyond 3× the rate</source>
        <translation>liegt jenseits von 3× der Rate</translation>
    </message>
    <message>
        <source>is at α = {rate}</source>
        <translation>liegt bei α = {rate}</translation>
    </message>
    <message>
        <source>Cost along the gradient{where}, from {start} (dashed): the step of lr {rate} {verdict}; the lowest cost on it {best}.</source>
        <translation>Kosten entlang des Gradienten{where}, ab {start} (gestrichelt): der Schritt mit lr {rate} {verdict}; die niedrigsten Kosten darauf {best}.</translation>
    </message>
    <message>
        <source>Training takes {count} minibatch steps an epoch; this slice follows the whole training set&apos;s gradient.</source>
        <translation>Das Training macht {count} Minibatch-Schritte pro Epoche; dieser Schnitt folgt dem Gradienten der ganzen Trainingsmenge.</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>Schrittweite α</translation>
    </message>
</context>
<context>
    <name>StepWord</name>
    <message>
        <source>iteration</source>
        <extracomment>the names of a step, as lrgui.session.settings.step_word gives them</extracomment>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
</context>
<context>
    <name>TrainPlots</name>
    <message>
        <source>diverged</source>
        <extracomment>Presenting, the curve keeps at least this much of the room the weights do not need (px wide or tall).</extracomment>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Replay the run: the weights, costs and accuracies at each recorded point (← and → move one point)</source>
        <extracomment>started when a run ends: :meth:`end` in a turn of its own (a new run&apos;s begin stops it)</extracomment>
        <translation>Den Lauf wiedergeben: Gewichte, Kosten und Genauigkeiten an jedem aufgezeichneten Punkt (← und → gehen einen Punkt)</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>Von hier weiter</translation>
    </message>
    <message>
        <source>Train on from the point the slider shows, dropping what came after it</source>
        <translation>Ab dem Punkt des Schiebereglers weitertrainieren und verwerfen, was danach kam</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Wiedergabe:</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Cost on a logarithmic axis: late, small improvements become visible (L)</source>
        <translation>Kosten auf einer logarithmischen Achse: späte, kleine Verbesserungen werden sichtbar (L)</translation>
    </message>
    <message>
        <source>Same scale</source>
        <translation>Gleiche Skala</translation>
    </message>
    <message>
        <source>The cost axis from 0 to the largest first cost, however the runs go: a slow learning rate looks slow</source>
        <translation>Die Kostenachse von 0 bis zu den größten Anfangskosten, wie auch immer die Läufe gehen: eine langsame Lernrate sieht langsam aus</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Train and test accuracy during training, on a panel under the cost</source>
        <translation>Trainings- und Testgenauigkeit beim Training, in einem Feld unter den Kosten</translation>
    </message>
    <message>
        <source>Step slice</source>
        <translation>Schrittschnitt</translation>
    </message>
    <message>
        <source>The cost along the next step&apos;s direction, J(θ − α·g) for α from 0 to 3× the learning rate: where this rate&apos;s step lands, and the best one</source>
        <translation>Die Kosten in Richtung des nächsten Schritts, J(θ − α·g) für α von 0 bis 3× der Lernrate: wo der Schritt dieser Rate landet, und der beste</translation>
    </message>
    <message>
        <source>Compare rates:</source>
        <translation>Raten vergleichen:</translation>
    </message>
    <message>
        <source>Train one model per rate, one after another, and overlay their costs</source>
        <translation>Ein Modell pro Rate nacheinander trainieren und ihre Kosten überlagern</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Final cost</source>
        <translation>Endkosten</translation>
    </message>
    <message>
        <source>Test cost</source>
        <translation>Testkosten</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>loaded model</source>
        <translation>geladenes Modell</translation>
    </message>
    <message>
        <source> ({index} of {points})</source>
        <translation> ({index} von {points})</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>No data loaded: add classes on the Data tab.</source>
        <extracomment>after a Stop: (session, results, the model shown) until the point it stopped at is measured</extracomment>
        <translation>Keine Daten geladen: füge im Reiter Daten Klassen hinzu.</translation>
    </message>
    <message>
        <source>Train / pause / resume</source>
        <translation>Trainieren / anhalten / fortsetzen</translation>
    </message>
    <message>
        <source>Step one iteration (paused) / next recorded point</source>
        <translation>Eine Iteration weiter (angehalten) / nächster aufgezeichneter Punkt</translation>
    </message>
    <message>
        <source>Back one recorded point</source>
        <translation>Einen aufgezeichneten Punkt zurück</translation>
    </message>
    <message>
        <source>Log scale on/off</source>
        <translation>Log-Skala an/aus</translation>
    </message>
    <message>
        <source>Data: {images}, {classes} ({names}).</source>
        <translation>Daten: {images}, {classes} ({names}).</translation>
    </message>
    <message>
        <source>Train a model to see its accuracy.</source>
        <translation>Trainiere ein Modell, um seine Genauigkeit zu sehen.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppe…</translation>
    </message>
    <message>
        <source>Paused: Step goes one iteration further, Pause again resumes</source>
        <translation>Angehalten: Schritt geht eine Iteration weiter, erneut Pause setzt fort</translation>
    </message>
    <message>
        <source>Preparing (building the Gram matrix)…</source>
        <translation>Vorbereitung (Gram-Matrix wird gebaut)…</translation>
    </message>
    <message>
        <source>Stopped before the first iteration.</source>
        <translation>Vor der ersten Iteration gestoppt.</translation>
    </message>
    <message>
        <source>Training stopped before it began</source>
        <translation>Training vor dem Beginn gestoppt</translation>
    </message>
    <message>
        <source>Training finished: {note}</source>
        <translation>Training beendet: {note}</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Training fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>red</source>
        <extracomment>blue (against) – white (no effect) – vermillion (for): the pair of the explanation overlay A network with more hidden units shows the first ones only: tiles smaller than this say nothing. Blank pixels between two panels of the mosaic. On-screen side of one picture a class can read from the room: a few classes&apos; pictures, many hidden units&apos;.</extracomment>
        <translation>Rot</translation>
    </message>
    <message>
        <source>green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>for &apos;{name}&apos;</source>
        <translation>für „{name}“</translation>
    </message>
    <message>
        <source>unit {number}</source>
        <extracomment>The channel choice&apos;s first item: a pixel&apos;s three weights added up.</extracomment>
        <translation>Einheit {number}</translation>
    </message>
    <message>
        <source>Orange: a brighter pixel here excites the unit; blue: it holds the unit back; white: no effect.</source>
        <translation>Orange: ein hellerer Pixel hier regt die Einheit an; Blau: er hemmt sie; Weiß: keine Wirkung.</translation>
    </message>
    <message>
        <source>Orange: a brighter pixel here pushes towards &apos;{name}&apos;; blue: away from it; white: no effect.</source>
        <translation>Orange: ein hellerer Pixel hier drückt zu „{name}“; Blau: davon weg; Weiß: keine Wirkung.</translation>
    </message>
    <message>
        <source>Orange: a brighter pixel here pushes towards the tile&apos;s class; blue: away from it; white: no effect.</source>
        <translation>Orange: ein hellerer Pixel hier drückt zur Klasse der Kachel; Blau: davon weg; Weiß: keine Wirkung.</translation>
    </message>
    <message>
        <source>Weights</source>
        <extracomment>The colour scale&apos;s ends step through these (× 10ᵏ): at most a fifth of the scale unused, and a live run&apos;s colour bar keeps its labels until the weights outgrow them (re-ticking its axis was half of each redraw). the number or size of the pictures changed: the room they need (:meth:`wanted_width`) changed</extracomment>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>A colour model has a weight per pixel and channel: R+G+B shows their sum, or choose one channel</source>
        <translation>Ein Farbmodell hat ein Gewicht pro Pixel und Kanal: R+G+B zeigt ihre Summe, oder wähle einen Kanal</translation>
    </message>
    <message>
        <source>Colour channel of the weights</source>
        <translation>Farbkanal der Gewichte</translation>
    </message>
    <message>
        <source>Weight pictures</source>
        <translation>Gewichtsbilder</translation>
    </message>
    <message>
        <source>Orange (vermillion): this pixel&apos;s brightness speaks for the class; blue: against; white: no effect</source>
        <translation>Orange (Zinnoberrot): die Helligkeit dieses Pixels spricht für die Klasse; Blau: dagegen; Weiß: keine Wirkung</translation>
    </message>
    <message>
        <source>Weights: these data are not images</source>
        <translation>Gewichte: diese Daten sind keine Bilder</translation>
    </message>
    <message>
        <source>First-layer weights per hidden unit</source>
        <translation>Gewichte der ersten Schicht pro verborgener Einheit</translation>
    </message>
    <message>
        <source>Weights per pixel</source>
        <translation>Gewichte pro Pixel</translation>
    </message>
    <message>
        <source>{title}: no pictures yet.</source>
        <translation>{title}: noch keine Bilder.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>{title}, one picture each: {panels}. {legend}</source>
        <translation>{title}, je ein Bild: {panels}. {legend}</translation>
    </message>
    <message>
        <source>{title}, pixel ({y}, {x}): weight {value}</source>
        <translation>{title}, Pixel ({y}, {x}): Gewicht {value}</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Kein Speicher mehr</translation>
    </message>
    <message>
        <source>There is not enough memory to train on this data. Try a smaller image size or fewer images.</source>
        <translation>Es ist nicht genug Speicher da, um mit diesen Daten zu trainieren. Versuche eine kleinere Bildgröße oder weniger Bilder.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unexpected error during training: {error}</source>
        <translation>Unerwarteter Fehler beim Training: {error}</translation>
    </message>
</context>
</TS>
