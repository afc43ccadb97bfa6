<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Advice</name>
    <message>
        <source>Training diverged (the cost grew without bound or ended higher than it began): the learning rate {rate} is too large; try a smaller one, e.g. {smaller}.</source>
        <translation>Das Training ist divergiert (die Kosten wuchsen unbegrenzt oder endeten höher, als sie begannen): Die Lernrate {rate} ist zu groß; versuche eine kleinere, z. B. {smaller}.</translation>
    </message>
    <message>
        <source>The cost rose {factor} at epoch {step}: the learning rate is too large to descend smoothly; try a smaller one.</source>
        <translation>Die Kosten stiegen in Epoche {step} um das {factor}: Die Lernrate ist zu groß, um gleichmäßig abzusteigen; versuche eine kleinere.</translation>
    </message>
    <message>
        <source>The cost rose {factor} at iteration {step}: the learning rate is too large to descend smoothly; try a smaller one.</source>
        <translation>Die Kosten stiegen in Iteration {step} um das {factor}: Die Lernrate ist zu groß, um gleichmäßig abzusteigen; versuche eine kleinere.</translation>
    </message>
    <message>
        <source>A line cannot separate XOR: no straight line puts (0,1) and (1,0) on one side and (0,0) and (1,1) on the other. A hidden layer can: choose the neural network.</source>
        <extracomment>In the window&apos;s words; the command line adds its flag (``--model mlp``) itself.</extracomment>
        <translation>Eine Gerade kann XOR nicht trennen: Keine Gerade legt (0,1) und (1,0) auf die eine Seite und (0,0) und (1,1) auf die andere. Eine verborgene Schicht kann es: Wähle das neuronale Netz.</translation>
    </message>
    <message>
        <source>With lr {rate}, {sentence}</source>
        <translation>Mit lr {rate}: {sentence}</translation>
    </message>
</context>
<context>
    <name>Boundary</name>
    <message>
        <source>A decision boundary needs points with two coordinates, not an array of shape {shape}.</source>
        <extracomment>Something that gives class probabilities: a fitted estimator, a TrainedModel (estimator and scaler), or f(X (m, 2) float32) → (m, k) or (m,) P(class 1). The extent of an empty plot (no points yet): the toy data sets live in it.</extracomment>
        <translation>Eine Entscheidungsgrenze braucht Punkte mit zwei Koordinaten, kein Array der Form {shape}.</translation>
    </message>
    <message>
        <source>The points contain NaN or infinite coordinates.</source>
        <translation>Die Punkte enthalten NaN oder unendliche Koordinaten.</translation>
    </message>
    <message>
        <source>The margin around the points must be a finite number ≥ 0, not {margin}.</source>
        <translation>Der Rand um die Punkte muss eine endliche Zahl ≥ 0 sein, nicht {margin}.</translation>
    </message>
    <message>
        <source>The decision-boundary grid</source>
        <translation>Das Gitter der Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>Hidden-unit lines need W1 of shape (2, h) and b1 of shape (h,), not {shape} and {shape2}.</source>
        <translation>Die Linien der verborgenen Einheiten brauchen W1 der Form (2, h) und b1 der Form (h,), nicht {shape} und {shape2}.</translation>
    </message>
    <message>
        <source>A grid&apos;s extent must be four numbers (xmin, xmax, ymin, ymax), not {extent}.</source>
        <translation>Der Bereich eines Gitters muss aus vier Zahlen bestehen (xmin, xmax, ymin, ymax), nicht {extent}.</translation>
    </message>
    <message>
        <source>A grid&apos;s extent must be finite with xmin &lt; xmax and ymin &lt; ymax, not {extent}.</source>
        <translation>Der Bereich eines Gitters muss endlich sein, mit xmin &lt; xmax und ymin &lt; ymax, nicht {extent}.</translation>
    </message>
    <message>
        <source>The grid&apos;s {name} must be a whole number from {min_side} to {max_side}, not {value}.</source>
        <translation>{name} des Gitters muss eine ganze Zahl von {min_side} bis {max_side} sein, nicht {value}.</translation>
    </message>
    <message>
        <source>A decision boundary can only be drawn for a model of two features; this one has {n}.</source>
        <translation>Eine Entscheidungsgrenze lässt sich nur für ein Modell mit zwei Merkmalen zeichnen; dieses hat {n}.</translation>
    </message>
</context>
<context>
    <name>BoundaryImage</name>
    <message>
        <source>The boundary picture</source>
        <extracomment>The marker shapes, one per class: circle, square, triangle up, diamond, triangle down, pentagon, hexagon, star. How far towards the class colour the background goes: a little where the model is unsure (so the two sides of the boundary still differ by ≥ 40 levels), more where it is sure.</extracomment>
        <translation>Das Grenzbild</translation>
    </message>
    <message>
        <source>The boundary has {count} classes but {count2} class names were given.</source>
        <translation>Die Grenze hat {count} Klassen, aber es wurden {count2} Klassennamen angegeben.</translation>
    </message>
    <message>
        <source>A boundary picture can show at most {count} classes, not {count2}.</source>
        <translation>Ein Grenzbild kann höchstens {count} Klassen zeigen, nicht {count2}.</translation>
    </message>
    <message>
        <source>A boundary grid must be (ny, nx) or (classes, ny, nx) with ny, nx ≥ 2, not {shape}.</source>
        <translation>Ein Grenzgitter muss (ny, nx) oder (Klassen, ny, nx) mit ny, nx ≥ 2 sein, nicht {shape}.</translation>
    </message>
    <message>
        <source>The boundary grid holds NaN or infinite numbers.</source>
        <translation>Das Grenzgitter enthält NaN oder unendliche Zahlen.</translation>
    </message>
    <message>
        <source>Cannot draw a boundary from a {name}; give a trained model or a grid.</source>
        <translation>Aus einem {name} lässt sich keine Grenze zeichnen; gib ein trainiertes Modell oder ein Gitter an.</translation>
    </message>
    <message>
        <source>There are {m} points but {count} labels.</source>
        <translation>Es gibt {m} Punkte, aber {count} Labels.</translation>
    </message>
    <message>
        <source>The label {unknown} is not one of the model&apos;s classes ({join}).</source>
        <translation>Das Label {unknown} ist keine der Klassen des Modells ({join}).</translation>
    </message>
    <message>
        <source>The boundary picture&apos;s size must be a whole number of pixels from {min_size} to {max_size}, not {size}.</source>
        <translation>Die Größe des Grenzbilds muss eine ganze Zahl von Pixeln von {min_size} bis {max_size} sein, nicht {size}.</translation>
    </message>
    <message>
        <source>Give a file name for the boundary picture, e.g. boundary.png.</source>
        <translation>Gib einen Dateinamen für das Grenzbild an, z. B. boundary.png.</translation>
    </message>
    <message>
        <source>The boundary picture is a PNG file: give a name ending in .png, not {path}.</source>
        <translation>Das Grenzbild ist eine PNG-Datei: Gib einen Namen an, der auf .png endet, nicht {path}.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>The decoded images were not cached ({reason}), so they will be decoded again next time.</source>
        <extracomment>Temporary files older than this were left by a crashed process. A store is written only when the disk has this many times its size free. Bytes a store needs per entry besides its pixels (name, four integers, row, reason), a generous guess.</extracomment>
        <translation>Die dekodierten Bilder wurden nicht zwischengespeichert ({reason}), daher werden sie beim nächsten Mal erneut dekodiert.</translation>
    </message>
    <message>
        <source>The decoded images were not cached: the disk holding {folder} has {bytes} free and caching needs {bytes2}, so they will be decoded again next time.</source>
        <translation>Die dekodierten Bilder wurden nicht zwischengespeichert: Auf dem Datenträger mit {folder} sind {bytes} frei, der Zwischenspeicher braucht {bytes2}, daher werden sie beim nächsten Mal erneut dekodiert.</translation>
    </message>
</context>
<context>
    <name>Cifar10</name>
    <message>
        <source>{source} is corrupt: a text in it is not valid UTF-8.</source>
        <extracomment>The folder the archive unpacks to; a user may pick the folder above it. A real batch is about 31 MB; a file many times larger is not one, and is refused before it is read. The most records a batch file of the largest size allowed can hold. ``batches.meta`` names at most this many classes, each in at most this many bytes. A real batch has about 50,000 instructions; far more means a file built to keep lrgui busy. The deepest the format nests: a dict holding lists, an array state holding a dtype state. Keys, file names and batch labels are short; longer text is not part of the format. Strings longer than this stay views of the file&apos;s bytes (the pixels) instead of being copied. The only globals a batch names, and what each may stand for. NumPy 1 pickles arrays through ``numpy.core.multiarray._reconstruct``, NumPy 2 through ``numpy._core.multiarray._reconstruct``; Python 3 writes protocol 2 bytes as ``_codecs.encode(text, &quot;latin1&quot;)`` and empty bytes as ``__builtin__.bytes()``. They are names to compare, never imported or called.</extracomment>
        <translation>{source} ist beschädigt: Ein Text darin ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>{source} is truncated (the file ends too early); download it again.</source>
        <translation>{source} ist abgeschnitten (die Datei endet zu früh); lade sie erneut herunter.</translation>
    </message>
    <message>
        <source>{source} is corrupt: it holds bytes that are not pickle instructions.</source>
        <translation>{source} ist beschädigt: Es enthält Bytes, die keine Pickle-Anweisungen sind.</translation>
    </message>
    <message>
        <source>{source} is not a CIFAR-10 {kind} file: {reason}.</source>
        <translation>{source} ist keine CIFAR-10-{kind}-Datei: {reason}.</translation>
    </message>
    <message>
        <source>lrgui refuses to load {value} from {source}: CIFAR-10 batch files never contain it, and a pickle that names it could run code.</source>
        <translation>lrgui weigert sich, {value} aus {source} zu laden: CIFAR-10-Batchdateien enthalten das nie, und ein Pickle, das es nennt, könnte Code ausführen.</translation>
    </message>
    <message>
        <source>{source} is not a CIFAR-10 batch file: {reason}.</source>
        <translation>{source} ist keine CIFAR-10-Batchdatei: {reason}.</translation>
    </message>
    <message>
        <source>{source} is not a CIFAR-10 meta file: {reason}.</source>
        <translation>{source} ist keine CIFAR-10-Metadatei: {reason}.</translation>
    </message>
    <message>
        <source>{path} is {bytes}, larger than any CIFAR-10 batch file (about 30 MB), so lrgui does not read it.</source>
        <translation>{path} ist {bytes} groß, größer als jede CIFAR-10-Batchdatei (etwa 30 MB), daher liest lrgui sie nicht.</translation>
    </message>
    <message>
        <source>Reading {path}</source>
        <translation>Das Lesen von {path}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>{path} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <source>{path} grew while lrgui was reading it.</source>
        <translation>{path} ist gewachsen, während lrgui es las.</translation>
    </message>
    <message>
        <source>{path} needs more memory than this computer has left.</source>
        <translation>{path} braucht mehr Speicher, als dieser Computer noch frei hat.</translation>
    </message>
    <message>
        <source>{path} is not a CIFAR-10 batch: it has no &apos;data&apos; and &apos;labels&apos; entries.</source>
        <translation>{path} ist kein CIFAR-10-Batch: Es hat keine Einträge &apos;data&apos; und &apos;labels&apos;.</translation>
    </message>
    <message>
        <source>{path}: &apos;labels&apos; should be {count} integers, one per image, not {count2}.</source>
        <translation>{path}: &apos;labels&apos; sollte aus {count} ganzen Zahlen bestehen, eine pro Bild, nicht {count2}.</translation>
    </message>
    <message>
        <source>{path} names {count} files for {count2} images.</source>
        <translation>{path} nennt {count} Dateien für {count2} Bilder.</translation>
    </message>
    <message>
        <source>{path} is not a CIFAR-10 meta file: it has no list of &apos;label_names&apos;.</source>
        <translation>{path} ist keine CIFAR-10-Metadatei: Es hat keine Liste &apos;label_names&apos;.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>{folder} is the archive: extract it, then choose the {subfolder} folder it contains.</source>
        <translation>{folder} ist das Archiv: Entpacke es und wähle dann den Ordner {subfolder} darin.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose the folder that holds data_batch_1 … data_batch_5.</source>
        <translation>{folder} ist eine Datei; wähle den Ordner mit data_batch_1 … data_batch_5.</translation>
    </message>
    <message>
        <source>No CIFAR-10 training batches (data_batch_1 … data_batch_5) in {folder}{found}.</source>
        <translation>Keine CIFAR-10-Trainingsbatches (data_batch_1 … data_batch_5) in {folder}{found}.</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <source>image</source>
        <extracomment>The nouns counted in sentences, singular and plural, so that a translation has each of them.</extracomment>
        <translation>Bild</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>training image</source>
        <translation>Trainingsbild</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>test image</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <source>training point</source>
        <translation>Trainingspunkt</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>Trainingspunkte</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>Testpunkt</translation>
    </message>
    <message>
        <source>test points</source>
        <translation>Testpunkte</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>iteration</source>
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
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{whole} (all to train)</source>
        <translation>{whole} (alle zum Trainieren)</translation>
    </message>
    <message>
        <source>{whole} ({train} to train, {test} to test)</source>
        <translation>{whole} ({train} zum Trainieren, {test} zum Testen)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>The image size must be a whole number of pixels, not {size}.</source>
        <extracomment>Image sides lrgui trains on: below 4 nothing is left to see, above 1,024 one photo is 3 million features and a class of them no longer fits in memory.</extracomment>
        <translation>Die Bildgröße muss eine ganze Zahl von Pixeln sein, nicht {size}.</translation>
    </message>
    <message>
        <source>The image size must be between {min_image_size} and {max_image_size} pixels, not {size}.</source>
        <translation>Die Bildgröße muss zwischen {min_image_size} und {max_image_size} Pixeln liegen, nicht {size}.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (exclusive), not {fraction}.</source>
        <translation>Der Testanteil muss zwischen 0 und 1 liegen (ausschließlich), nicht {fraction}.</translation>
    </message>
    <message>
        <source>A test fraction of {fraction} leaves no image for testing; use a larger fraction.</source>
        <translation>Ein Testanteil von {fraction} lässt kein Bild zum Testen übrig; nimm einen größeren Anteil.</translation>
    </message>
    <message>
        <source>Class {empty} has no usable images.</source>
        <translation>Die Klasse {empty} hat keine brauchbaren Bilder.</translation>
    </message>
    <message>
        <source>Training needs at least two classes; found {count} ({names}).</source>
        <translation>Das Training braucht mindestens zwei Klassen; gefunden: {count} ({names}).</translation>
    </message>
</context>
<context>
    <name>DatasetExport</name>
    <message>
        <source>These data are not images (such as the logic gates), so they cannot be exported as an image dataset.</source>
        <translation>Diese Daten sind keine Bilder (wie die Logikgatter), daher lassen sie sich nicht als Bilddatensatz exportieren.</translation>
    </message>
    <message>
        <source>Cannot write the dataset to {shown}: {value}.</source>
        <translation>Der Datensatz kann nicht nach {shown} geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>The {which} set holds {dtype} rows of {value} values, not the {shape}×{shape2} uint8 images an image dataset needs.</source>
        <translation>Die {which}-Menge enthält {dtype}-Zeilen mit {value} Werten, nicht die uint8-Bilder {shape}×{shape2}, die ein Bilddatensatz braucht.</translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>These data have no images to take a background from.</source>
        <extracomment>How many hidden units are shown with their weight images (&quot;the strongest&quot;). The flip plan marks pixels until their gains add up to this many times the margin (painting blurs a little). ... but never more than this share of the image. Training rows looked at to choose the background (a sample of them is as good as all).</extracomment>
        <translation>Diese Daten haben keine Bilder, aus denen sich ein Hintergrund nehmen ließe.</translation>
    </message>
    <message>
        <source>Σ map {total}  +  b {bias}  =  {z} {logit}</source>
        <translation>Σ Karte {total}  +  b {bias}  =  {z} {logit}</translation>
    </message>
    <message>
        <source>gradient × input, Σ {total}; {z} = Σ hidden units {units} + b2 {bias}</source>
        <translation>Gradient × Eingabe, Σ {total}; {z} = Σ verborgene Einheiten {units} + b2 {bias}</translation>
    </message>
    <message>
        <source>The map is w ⊙ x for {name}, summed over the colour channels; its pixels add up, with the bias b, to the logit z exactly.</source>
        <translation>Die Karte ist w ⊙ x für {name}, über die Farbkanäle summiert; ihre Pixel ergeben zusammen mit dem Bias b genau den Logit z.</translation>
    </message>
    <message>
        <source>The network is not linear: the map is gradient × input (what a small change of each pixel would do); the logit is exactly the hidden units&apos; a·W2 added up, plus b2.</source>
        <translation>Das Netz ist nicht linear: Die Karte ist Gradient × Eingabe (was eine kleine Änderung jedes Pixels bewirken würde); der Logit ist genau die Summe der a·W2 der verborgenen Einheiten plus b2.</translation>
    </message>
    <message>
        <source>This model was not trained on images, so it cannot look at a drawing.</source>
        <translation>Dieses Modell wurde nicht mit Bildern trainiert, daher kann es keine Zeichnung ansehen.</translation>
    </message>
    <message>
        <source>lrgui cannot say what would flip a {name}.</source>
        <translation>lrgui kann nicht sagen, was einen {name} umstimmen würde.</translation>
    </message>
    <message>
        <source>This model was not trained on images, so there are no pixels to paint.</source>
        <translation>Dieses Modell wurde nicht mit Bildern trainiert, daher gibt es keine Pixel zum Malen.</translation>
    </message>
    <message>
        <source>Flipped: it now says &lt;b&gt;{now}&lt;/b&gt; (the marks were for {target}).</source>
        <translation>Umgestimmt: Es sagt jetzt &lt;b&gt;{now}&lt;/b&gt; (die Markierungen waren für {target}).</translation>
    </message>
    <message>
        <source> (estimated from the gradient: the network is not linear)</source>
        <translation> (aus dem Gradienten geschätzt: Das Netz ist nicht linear)</translation>
    </message>
    <message>
        <source>No pixel erased moves it towards {target}; try the brush.</source>
        <translation>Kein radiertes Pixel bewegt es in Richtung {target}; versuche den Pinsel.</translation>
    </message>
    <message>
        <source>No pixel painted {colour} moves it towards {target}; try another colour, or the eraser.</source>
        <translation>Kein in {colour} gemaltes Pixel bewegt es in Richtung {target}; versuche eine andere Farbe oder den Radierer.</translation>
    </message>
    <message>
        <source>Even all {count} marked pixels erased would not make it {target}{approx}; try the brush.</source>
        <translation>Selbst alle {count} markierten Pixel radiert würden es nicht zu {target} machen{approx}; versuche den Pinsel.</translation>
    </message>
    <message>
        <source>Even all {count} marked pixels painted {colour} would not make it {target}{approx}; try another colour, or the eraser.</source>
        <translation>Selbst alle {count} markierten Pixel in {colour} gemalt würden es nicht zu {target} machen{approx}; versuche eine andere Farbe oder den Radierer.</translation>
    </message>
    <message>
        <source>Erase the {count} marked pixels to make it say &lt;b&gt;{target}&lt;/b&gt;{approx}.</source>
        <translation>Radiere die {count} markierten Pixel, damit es &lt;b&gt;{target}&lt;/b&gt; sagt{approx}.</translation>
    </message>
    <message>
        <source>Paint the {count} marked pixels {colour} to make it say &lt;b&gt;{target}&lt;/b&gt;{approx}.</source>
        <translation>Male die {count} markierten Pixel in {colour}, damit es &lt;b&gt;{target}&lt;/b&gt; sagt{approx}.</translation>
    </message>
    <message>
        <source>Cannot make the class folder {folder}: {reason}.</source>
        <extracomment>File names of saved drawings: drawing-0001.png, drawing-0002.png, …</extracomment>
        <translation>Der Klassenordner {folder} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot save the drawing into {folder}: it is not a folder.</source>
        <translation>Die Zeichnung kann nicht in {folder} gespeichert werden: Es ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write {value}: {value2}.</source>
        <translation>{value} kann nicht geschrieben werden: {value2}.</translation>
    </message>
    <message>
        <source>Cannot save the drawing into {folder}: too many drawings there already.</source>
        <translation>Die Zeichnung kann nicht in {folder} gespeichert werden: Dort liegen schon zu viele Zeichnungen.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>A decision threshold applies to two classes only; this model has {count}.</source>
        <extracomment>Rows predicted at once: the float features of a block are the only copy of the data made.</extracomment>
        <translation>Eine Entscheidungsschwelle gilt nur für zwei Klassen; dieses Modell hat {count}.</translation>
    </message>
    <message>
        <source>The decision threshold must be a number between 0 and 1, not {threshold}.</source>
        <translation>Die Entscheidungsschwelle muss eine Zahl zwischen 0 und 1 sein, nicht {threshold}.</translation>
    </message>
    <message>
        <source>The decision threshold must be between 0 and 1 (exclusive), not {threshold}.</source>
        <translation>Die Entscheidungsschwelle muss zwischen 0 und 1 liegen (ausschließlich), nicht {threshold}.</translation>
    </message>
    <message>
        <source>The images ({shape}) do not have the {expected} values per image this model expects.</source>
        <translation>Die Bilder ({shape}) haben nicht die {expected} Werte pro Bild, die dieses Modell erwartet.</translation>
    </message>
    <message>
        <source>There are {count} images but {count2} labels.</source>
        <translation>Es gibt {count} Bilder, aber {count2} Labels.</translation>
    </message>
    <message>
        <source>There are {count} images but {count2} paths.</source>
        <translation>Es gibt {count} Bilder, aber {count2} Pfade.</translation>
    </message>
    <message>
        <source>There are no images to evaluate.</source>
        <translation>Es gibt keine Bilder zum Auswerten.</translation>
    </message>
    <message>
        <source>None of the {count} belongs to a class the model knows ({join}).</source>
        <translation>Keines der {count} gehört zu einer Klasse, die das Modell kennt ({join}).</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>Kept {run}: the lowest cost on the test images ({cost}).</source>
        <translation>Behalten: {run} – die niedrigsten Kosten auf den Testbildern ({cost}).</translation>
    </message>
    <message>
        <source>Kept {run}: the lowest final training cost ({cost}; there is no test set to judge by).</source>
        <translation>Behalten: {run} – die niedrigsten Trainingskosten am Ende ({cost}; es gibt keine Testmenge zum Vergleich).</translation>
    </message>
    <message>
        <source>run {number}</source>
        <translation>Lauf {number}</translation>
    </message>
    <message>
        <source>learning rate {rate}</source>
        <translation>Lernrate {rate}</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>The image has {values} values, but this model expects {expected}.</source>
        <translation>Das Bild hat {values} Werte, aber dieses Modell erwartet {expected}.</translation>
    </message>
    <message>
        <source>{label} is not one of the model&apos;s classes ({classes}).</source>
        <translation>{label} ist keine der Klassen des Modells ({classes}).</translation>
    </message>
    <message>
        <source>lrgui cannot explain a {name}.</source>
        <translation>lrgui kann einen {name} nicht erklären.</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>z = Σ wᵢxᵢ + b  (positive contributions + negative contributions + b)</source>
        <translation>z = Σ wᵢxᵢ + b  (positive Beiträge + negative Beiträge + b)</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>a = σ({z}) = {a}, the probability of {name}</source>
        <translation>a = σ({z}) = {a}, die Wahrscheinlichkeit von {name}</translation>
    </message>
    <message>
        <source>true label {label}, y = {y}: L = {term} = −log {shown} = {loss}</source>
        <translation>wahres Label {label}, y = {y}: L = {term} = −log {shown} = {loss}</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>gradient of the weights</source>
        <translation>Gradient der Gewichte</translation>
    </message>
    <message>
        <source>gradient of the bias</source>
        <translation>Gradient des Bias</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>ŷ = {one} if a &gt; 0.5, else {zero}</source>
        <translation>ŷ = {one}, wenn a &gt; 0,5, sonst {zero}</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>verborgene Schicht</translation>
    </message>
    <message>
        <source>{count} {activation} units computed from the {features} features</source>
        <translation>{count} {activation}-Einheiten, berechnet aus den {features} Merkmalen</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>activation (softmax)</source>
        <translation>Aktivierung (Softmax)</translation>
    </message>
    <message>
        <source>true label {label}: L = −log {shown} = {loss}</source>
        <translation>wahres Label {label}: L = −log {shown} = {loss}</translation>
    </message>
    <message>
        <source>output error</source>
        <translation>Ausgabefehler</translation>
    </message>
    <message>
        <source>δ_c = p_c − y_c  (backpropagated to W2, b2, W1, b1)</source>
        <translation>δ_c = p_c − y_c  (zurückpropagiert zu W2, b2, W1, b1)</translation>
    </message>
    <message>
        <source>ŷ = the class with the largest p_c</source>
        <translation>ŷ = die Klasse mit dem größten p_c</translation>
    </message>
    <message>
        <source>W ← W − lr·dW, b ← b − lr·db  (both layers)</source>
        <translation>W ← W − lr·dW, b ← b − lr·db  (beide Schichten)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>lr = {lr}: b2_{name} moves by −lr·δ_c = {change}</source>
        <translation>lr = {lr}: b2_{name} ändert sich um −lr·δ_c = {change}</translation>
    </message>
    <message>
        <source>  (dw includes the L2 term l2·w, l2 = {l2})</source>
        <translation>  (dw enthält den L2-Term l2·w, l2 = {l2})</translation>
    </message>
    <message>
        <source>lr = {lr}: one step on this image alone would move z by {change}</source>
        <translation>lr = {lr}: Ein Schritt nur auf diesem Bild würde z um {change} verschieben</translation>
    </message>
    <message>
        <source>predicted {name} with probability {p}</source>
        <translation>{name} vorhergesagt mit Wahrscheinlichkeit {p}</translation>
    </message>
    <message>
        <source>(needs the true label)</source>
        <translation>(braucht das wahre Label)</translation>
    </message>
    <message>
        <source>the map: w ⊙ x over {features} features for {name}; its sum {total} + b {bias} = z {z}</source>
        <translation>die Karte: w ⊙ x über {features} Merkmale für {name}; ihre Summe {total} + b {bias} = z {z}</translation>
    </message>
    <message>
        <source>the map: gradient × input of z_{name}; its sum {total} is not z − b2 ({z}), because the network is not linear</source>
        <translation>die Karte: Gradient × Eingabe von z_{name}; ihre Summe {total} ist nicht z − b2 ({z}), weil das Netz nicht linear ist</translation>
    </message>
</context>
<context>
    <name>ExplainImage</name>
    <message>
        <source>This model does not work on images, so there is no picture to draw its explanation on.</source>
        <extracomment>The enlarged image&apos;s side is kept at most this many pixels: a 1024-pixel model image is not enlarged 8 times. Contributions at or above this percentile of |contribution| get the full opacity.</extracomment>
        <translation>Dieses Modell arbeitet nicht mit Bildern, daher gibt es kein Bild, auf das sich seine Erklärung zeichnen ließe.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the explanations: {value}.</source>
        <translation>Der Ordner {folder} für die Erklärungen kann nicht angelegt werden: {value}.</translation>
    </message>
    <message>
        <source>Cannot write the explanations to {folder}: permission denied.</source>
        <translation>Die Erklärungen können nicht nach {folder} geschrieben werden: Zugriff verweigert.</translation>
    </message>
</context>
<context>
    <name>ExportNumpy</name>
    <message>
        <source>This model was not trained on images, so it cannot be exported as an image-classifying script.</source>
        <translation>Dieses Modell wurde nicht mit Bildern trainiert, daher kann es nicht als Skript zur Bildklassifikation exportiert werden.</translation>
    </message>
    <message>
        <source>The script template {template_path} has no place for the model&apos;s part.</source>
        <translation>Die Skriptvorlage {template_path} hat keinen Platz für den Teil des Modells.</translation>
    </message>
    <message>
        <source>Cannot create the folder {out_dir}: {value}.</source>
        <translation>Der Ordner {out_dir} kann nicht angelegt werden: {value}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{shown} is not a regular file (a folder, a device or a pipe), so lrgui does not read it.</source>
        <extracomment>What a temporary file&apos;s name adds around its random part: ``.lrgui-XXXXXXXX.tmp``, short whatever the target&apos;s name. What the command line tells the user to add to replace an existing file.</extracomment>
        <translation>{shown} ist keine normale Datei (ein Ordner, ein Gerät oder eine Pipe), daher liest lrgui sie nicht.</translation>
    </message>
    <message>
        <source>The file {shown} does not exist.</source>
        <translation>Die Datei {shown} existiert nicht.</translation>
    </message>
    <message>
        <source>lrgui may not read {shown} (permission denied).</source>
        <translation>lrgui darf {shown} nicht lesen (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>Cannot read {shown}: {value}.</source>
        <translation>{shown} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <source>{value}{noun} not found: {shown}.</source>
        <translation>{value}{noun} nicht gefunden: {shown}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {value}.</source>
        <translation>{name} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <source>{name} is {of}, not {what}, so lrgui does not open it.</source>
        <translation>{name} ist {of}, nicht {what}, daher öffnet lrgui es nicht.</translation>
    </message>
    <message>
        <source>{name} is {kind}, not {what}, so lrgui does not open it.</source>
        <translation>{name} ist {kind}, nicht {what}, daher öffnet lrgui es nicht.</translation>
    </message>
    <message>
        <source>{name} is {bytes}, larger than {what} can be (at most {bytes2}).</source>
        <translation>{name} ist {bytes} groß, größer als {what} sein kann (höchstens {bytes2}).</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Das Öffnen von {name}</translation>
    </message>
    <message>
        <source>{name} changed while it was being read; please try again.</source>
        <translation>{name} hat sich beim Lesen geändert; bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Cannot write {what} to {shown}: {value}.</source>
        <translation>{what} kann nicht nach {shown} geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>No file name was given to write {what} to; give one{hint}.</source>
        <translation>Es wurde kein Dateiname angegeben, um {what} zu schreiben; gib einen an{hint}.</translation>
    </message>
    <message>
        <source>Cannot write {what} to {shown}: {problem}.</source>
        <translation>{what} kann nicht nach {shown} geschrieben werden: {problem}.</translation>
    </message>
    <message>
        <source>No folder was given to write {what} into; give the name of a new or empty folder.</source>
        <translation>Es wurde kein Ordner angegeben, um {what} hineinzuschreiben; gib den Namen eines neuen oder leeren Ordners an.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: part of that path is a file, not a folder.</source>
        <translation>{what} kann nicht in {shown} geschrieben werden: Ein Teil dieses Pfads ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: {value}.</source>
        <translation>{what} kann nicht in {shown} geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: it is {of}, not a folder.</source>
        <translation>{what} kann nicht in {shown} geschrieben werden: Es ist {of}, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: no permission to write in that folder.</source>
        <translation>{what} kann nicht in {shown} geschrieben werden: keine Schreibberechtigung in diesem Ordner.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: the folder is not empty (it holds {shown2}{value}); give a new or empty folder{extra}.</source>
        <translation>{what} kann nicht in {shown} geschrieben werden: Der Ordner ist nicht leer (er enthält {shown2}{value}); gib einen neuen oder leeren Ordner an{extra}.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: its {shown2} is one of the files being read.</source>
        <translation>{what} kann nicht in {shown} geschrieben werden: Darin ist {shown2} eine der Dateien, die gerade gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Cannot read folder {folder}: {reason}.</source>
        <extracomment>Why a symlinked image file is not used.</extracomment>
        <translation>Der Ordner {folder} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>{path} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>Folder not found: {path}</source>
        <translation>Ordner nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>Not a folder: {path}</source>
        <translation>Kein Ordner: {path}</translation>
    </message>
    <message>
        <source>Cannot read folder {path}: {reason}.</source>
        <translation>Der Ordner {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>No folder given.</source>
        <translation>Kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>Two class folders are both named {name}; rename one of them.</source>
        <translation>Zwei Klassenordner heißen beide {name}; benenne einen von ihnen um.</translation>
    </message>
    <message>
        <source>The test folder {test_folder} overlaps the training folder {train_folder}: a test must use images the model was not trained on.</source>
        <translation>Der Testordner {test_folder} überschneidet sich mit dem Trainingsordner {train_folder}: Ein Test muss Bilder verwenden, mit denen das Modell nicht trainiert wurde.</translation>
    </message>
    <message>
        <source>Test folder {value} is class {name}, which is not a training class ({known}).</source>
        <translation>Der Testordner {value} ist die Klasse {name}, die keine Trainingsklasse ist ({known}).</translation>
    </message>
</context>
<context>
    <name>Idx</name>
    <message>
        <source>{path} is truncated (the compressed file ends too early).</source>
        <extracomment>IDX datasets are vectors (labels), matrices or stacks of images; more dimensions is not a dataset. Image sides lrgui reads from a file: below 4 nothing is left to see, above 1,024 it is not a dataset of icons. (images, labels) file names of each split, without the optional &quot;.gz&quot;. Decompressed in pieces of this size, so no read asks zlib for more than it may produce.</extracomment>
        <translation>{path} ist abgeschnitten (die komprimierte Datei endet zu früh).</translation>
    </message>
    <message>
        <source>{path} is a corrupt gzip file ({reason}); download it again.</source>
        <translation>{path} ist eine beschädigte gzip-Datei ({reason}); lade sie erneut herunter.</translation>
    </message>
    <message>
        <source>{path} is a corrupt gzip file (its compressed data is damaged); download it again.</source>
        <translation>{path} ist eine beschädigte gzip-Datei (ihre komprimierten Daten sind beschädigt); lade sie erneut herunter.</translation>
    </message>
    <message>
        <source>lrgui may not read {path} (permission denied).</source>
        <translation>lrgui darf {path} nicht lesen (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>{path} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <source>{path} is too large to load into memory.</source>
        <translation>{path} ist zu groß, um in den Speicher geladen zu werden.</translation>
    </message>
    <message>
        <source>{path} is not an IDX file (its first bytes are not an IDX header).</source>
        <translation>{path} ist keine IDX-Datei (ihre ersten Bytes sind kein IDX-Kopf).</translation>
    </message>
    <message>
        <source>{path} declares {ndim} dimensions, but IDX datasets have 1 to {max_dimensions}.</source>
        <translation>{path} gibt {ndim} Dimensionen an, aber IDX-Datensätze haben 1 bis {max_dimensions}.</translation>
    </message>
    <message>
        <source>{path} is truncated: it ends inside the header.</source>
        <translation>{path} ist abgeschnitten: Die Datei endet im Kopf.</translation>
    </message>
    <message>
        <source>{path} declares an empty array (shape {join}).</source>
        <translation>{path} gibt ein leeres Array an (Form {join}).</translation>
    </message>
    <message>
        <source>The array declared in {path}</source>
        <translation>Das in {path} angegebene Array</translation>
    </message>
    <message>
        <source>{path} is corrupt: its gzip trailer gives another length than the {text} values its IDX header announces.</source>
        <translation>{path} ist beschädigt: Sein gzip-Nachspann nennt eine andere Länge als die {text} Werte, die sein IDX-Kopf ankündigt.</translation>
    </message>
    <message>
        <source>{path} is truncated: its header announces {shape} values ({bytes}) but only {bytes2} follow.</source>
        <translation>{path} ist abgeschnitten: Sein Kopf kündigt {shape} Werte an ({bytes}), aber nur {bytes2} folgen.</translation>
    </message>
    <message>
        <source>{path} is corrupt: more data follows the {shape} values its header announces.</source>
        <translation>{path} ist beschädigt: Nach den {shape} Werten, die sein Kopf ankündigt, folgen weitere Daten.</translation>
    </message>
    <message>
        <source>{path} should hold uint8 images (m × rows × columns), not {found}.</source>
        <translation>{path} sollte uint8-Bilder enthalten (m × Zeilen × Spalten), nicht {found}.</translation>
    </message>
    <message>
        <source>{path} holds {rows} × {columns} images; lrgui reads images from {min_image_side} × {min_image_side} to {max_image_side} × {max_image_side} pixels.</source>
        <translation>{path} enthält Bilder von {rows} × {columns}; lrgui liest Bilder von {min_image_side} × {min_image_side} bis {max_image_side} × {max_image_side} Pixeln.</translation>
    </message>
    <message>
        <source>{path} should hold one integer label per image, not an array of {found}.</source>
        <translation>{path} sollte ein ganzzahliges Label pro Bild enthalten, kein Array von {found}.</translation>
    </message>
    <message>
        <source>{path} holds labels of type {dtype}, but IDX label files hold unsigned bytes (0x08).</source>
        <translation>{path} enthält Labels vom Typ {dtype}, aber IDX-Labeldateien enthalten vorzeichenlose Bytes (0x08).</translation>
    </message>
    <message>
        <source>{name} has {value} images but {name2} has {value2} labels.</source>
        <translation>{name} hat {value} Bilder, aber {name2} hat {value2} Labels.</translation>
    </message>
    <message>
        <source>{name} has no labels: {labels_name}[.gz] is missing from {folder}.</source>
        <translation>{name} hat keine Labels: {labels_name}[.gz] fehlt in {folder}.</translation>
    </message>
    <message>
        <source>The {images_name} split</source>
        <translation>Der Teil {images_name}</translation>
    </message>
    <message>
        <source>{labels_path} has label {value}; Fashion-MNIST labels are 0–{value2}.</source>
        <translation>{labels_path} hat das Label {value}; Fashion-MNIST-Labels sind 0–{value2}.</translation>
    </message>
    <message>
        <source>No Fashion-MNIST training images ({images_name}[.gz]) in {folder}.</source>
        <translation>Keine Fashion-MNIST-Trainingsbilder ({images_name}[.gz]) in {folder}.</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>decoding it would need about {bytes} of memory ({value}), more than lrgui gives one image ({bytes2})</source>
        <extracomment>File name endings read as images; everything else in a folder is ignored. Files that operating systems leave in folders, ignored without a word. Larger images are refused before decoding (a &quot;decompression bomb&quot; header can claim 10^10 pixels in a few bytes). 8000 × 6000 photos pass. Bilinear with Pillow&apos;s antialiasing support scaled to the reduction factor. The memory all decoding threads together may use for the images they are decoding, and so the most one image may take (decoded pixels and every working copy up to the small row; see :func:`decode_memory`). A 48-megapixel RGB PNG (549 MB) passes; a 12,000 × 12,000 16-bit RGBA PNG (about 3.2 GB) is refused. Images needing at most this are decoded without taking from the budget: eight threads of them hold 8 MB. Bytes Pillow stores per pixel, by mode: one for 8-bit single-band modes, two for 16-bit grey, four otherwise (multi-band images are stored as 32 bits a pixel whatever their bands). Bytes per pixel of the working copies _to_mode makes on the way to &apos;RGB&apos; or &apos;L&apos; (see _to_mode).</extracomment>
        <translation>das Dekodieren bräuchte etwa {bytes} Speicher ({value}), mehr als lrgui einem Bild gibt ({bytes2})</translation>
    </message>
    <message>
        <source>image too large: {width} × {height} pixels (the limit is {max_pixels})</source>
        <extracomment>The one budget every decoding thread of the process shares.</extracomment>
        <translation>Bild zu groß: {width} × {height} Pixel (die Grenze ist {max_pixels})</translation>
    </message>
    <message>
        <source>not an image file Pillow can read</source>
        <translation>keine Bilddatei, die Pillow lesen kann</translation>
    </message>
    <message>
        <source>image too large ({exc})</source>
        <translation>Bild zu groß ({exc})</translation>
    </message>
    <message>
        <source>image too large to decode</source>
        <translation>Bild zu groß zum Dekodieren</translation>
    </message>
    <message>
        <source>not a regular file (a folder, named pipe, device or socket)</source>
        <extracomment>Every JPEG file starts with the SOI marker. Larger files are left to Pillow, which reads them from the file instead of from memory. Decoded sizes above this are left to Pillow, whose decoding holds its bytes of the decoding budget. The colour spaces whose decoding Pillow leaves entirely to libjpeg: YCbCr and grey.</extracomment>
        <translation>keine normale Datei (ein Ordner, eine benannte Pipe, ein Gerät oder ein Socket)</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Bytes)</translation>
    </message>
    <message>
        <source>could not resize the {width} × {height} image to {size} × {size}{reason}</source>
        <translation>das Bild von {width} × {height} ließ sich nicht auf {size} × {size} verkleinern{reason}</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>CIFAR-10 (python batches)</source>
        <extracomment>the files it reads from its folder (a lesson&apos;s digest covers those, not the folder&apos;s other files)</extracomment>
        <translation>CIFAR-10 (Python-Batches)</translation>
    </message>
    <message>
        <source>the folder with data_batch_1 … data_batch_5, test_batch and batches.meta</source>
        <translation>den Ordner mit data_batch_1 … data_batch_5, test_batch und batches.meta</translation>
    </message>
    <message>
        <source>Fashion-MNIST (IDX files)</source>
        <translation>Fashion-MNIST (IDX-Dateien)</translation>
    </message>
    <message>
        <source>the folder with train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz and the t10k-* files</source>
        <translation>den Ordner mit train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz und den t10k-*-Dateien</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>The cost landscape is drawn for a logistic regression of two features and two classes.</source>
        <extracomment>The pairs a landscape can show (the first is the default). Grid points per side, when the data allow it (see :func:`grid_side`). At most this many (grid point × data row) terms per grid: its time is bounded before the work starts. The fewest grid points per side a large data set is drawn with. float32 values of one block of grid rows × data rows (256 KB: stays in the cache through its seven passes). The product form of the grid is used while every product of factors 1 + e^z stays below e^80 (float32 holds up to e^88); up to this many rows&apos; factors are multiplied before one logarithm is taken. Up to this much work a grid takes well under 20 ms: it may be computed where it is asked for. Filled contour bands; a range wider than this ratio gets logarithmic levels. Samples of a step slice per learning rate (α = lr is sample number STEPS_PER_RATE). At most this many (sample × row × hidden unit) terms in a network&apos;s slice: each sample is a pass of a dozen float64 operations over the hidden layer (Caltech-sized photos and 50 units: 17 per rate).
----------
minibatches per epoch of the network (1: full batch)</extracomment>
        <translation>Die Kostenlandschaft wird für eine logistische Regression mit zwei Merkmalen und zwei Klassen gezeichnet.</translation>
    </message>
    <message>
        <source>A landscape shows two of {join}, not {pair}.</source>
        <translation>Eine Landschaft zeigt zwei von {join}, nicht {pair}.</translation>
    </message>
    <message>
        <source>The step slice is drawn for a model trained by gradient descent.</source>
        <extracomment>What an explanation explains (lrgui.session.explain): one sigmoid logit, the softmax&apos;s logits, a network&apos;s. settings of one group say one thing two ways: a flag of the group excludes the others (--batches, --batch-size) the check run after the field&apos;s own (a named function of lrgui.kinds.checks, looked up when called) what one press of a box&apos;s arrow adds (0: the box&apos;s own step) the one name of the kind: in settings, lessons, model files and ``--model`` other names read from older files (never written) what one step of training is called (&quot;iteration&quot;, &quot;epoch&quot;); a kind that trains in one step says &quot;step&quot; False for a model fitted in one step (no curve to follow, nothing to continue) the non-array entries of the estimator&apos;s get_state(), kept in a model file&apos;s metadata True when the logits are linear in the features (a flip plan is then exact; XOR is out of its reach) True when training starts from all-zero weights (else from weights drawn with the seed) True when its cost over its weights is drawn as a landscape (two features: w₁, w₂, b): its Playground pane then shows the landscape, starts from a point chosen on it and races from there its pane in the Playground (None: not offered there)</extracomment>
        <translation>Der Schrittschnitt wird für ein Modell gezeichnet, das mit Gradientenabstieg trainiert wird.</translation>
    </message>
</context>
<context>
    <name>LegacyModel</name>
    <message>
        <source>{name} {refusal}.</source>
        <extracomment>the frozen app&apos;s executables take this as their first argument to act as the reader</extracomment>
        <translation>{name} {refusal}.</translation>
    </message>
    <message>
        <source>No file name was given to write the converted model to; leave NEW out for the default name beside the old file.</source>
        <translation>Es wurde kein Dateiname für das umgewandelte Modell angegeben; lass NEW weg, um den Standardnamen neben der alten Datei zu nehmen.</translation>
    </message>
    <message>
        <source>{name} is not an old lrgui model (it is not an HDF5 file).</source>
        <translation>{name} ist kein altes lrgui-Modell (es ist keine HDF5-Datei).</translation>
    </message>
    <message>
        <source>Cannot start the model converter: {value}.</source>
        <translation>Der Modellkonverter kann nicht gestartet werden: {value}.</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Gates: AND, OR, XOR</source>
        <extracomment>lesson.json, raw: checked (declared, then as it inflates) before parsing. Parsed, JSON can take ~20 times its size in Python objects (``[[],[],...]``), so 16 MB keeps a hostile document under 400 MB. The model member, counted as it inflates: it, the parser&apos;s copy and the arrays stay under 1 GB together. The archive itself: both members, stored, and zip&apos;s own records Members are inflated this much at a time, each chunk counted The built-in lessons, in the order offered (Help → Lessons): file stem → title.</extracomment>
        <translation>Gatter: AND, OR, XOR</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formen</translation>
    </message>
    <message>
        <source>Draw a shape</source>
        <translation>Zeichne eine Form</translation>
    </message>
    <message>
        <source>Airplanes vs motorbikes</source>
        <translation>Flugzeuge gegen Motorräder</translation>
    </message>
    <message>
        <source>Bird or not</source>
        <translation>Vogel oder nicht</translation>
    </message>
    <message>
        <source>Fashion with a hidden layer</source>
        <translation>Mode mit einer verborgenen Schicht</translation>
    </message>
    <message>
        <source>Gates: AND, OR, XOR — what one line can and cannot separate.</source>
        <translation>Gatter: AND, OR, XOR – was eine Gerade trennen kann und was nicht.</translation>
    </message>
    <message>
        <source>WHAT TO SHOW</source>
        <translation>WAS MAN ZEIGEN KANN</translation>
    </message>
    <message>
        <source>1. Open the Playground tab. Choose AND in the Data list and press &quot;Train both&quot;. Both models reach 100 %: one straight line puts (1,1) on one side and the other three corners on the other.</source>
        <translation>1. Öffne den Reiter Spielwiese. Wähle AND in der Datenliste und drücke „Beide trainieren“. Beide Modelle erreichen 100 %: Eine Gerade legt (1,1) auf die eine Seite und die anderen drei Ecken auf die andere.</translation>
    </message>
    <message>
        <source>2. Choose OR: the same, with the line moved.</source>
        <translation>2. Wähle OR: dasselbe, nur mit verschobener Gerade.</translation>
    </message>
    <message>
        <source>3. Choose XOR (the lesson opens on it) and press &quot;Train both&quot;. The logistic regression stays at 50 %: every corner gets probability 0.5. The network with 4 hidden units reaches 100 %.</source>
        <translation>3. Wähle XOR (die Lektion öffnet sich damit) und drücke „Beide trainieren“. Die logistische Regression bleibt bei 50 %: Jede Ecke bekommt die Wahrscheinlichkeit 0,5. Das Netz mit 4 verborgenen Einheiten erreicht 100 %.</translation>
    </message>
    <message>
        <source>4. Tick &quot;Show the hidden units&apos; lines&quot; on the right: each hidden unit draws its own line; the output combines them into a band that no single line can make.</source>
        <translation>4. Setze rechts das Häkchen bei „Linien der verborgenen Einheiten zeigen“: Jede verborgene Einheit zeichnet ihre eigene Gerade; die Ausgabe verbindet sie zu einem Band, das keine einzelne Gerade erzeugen kann.</translation>
    </message>
    <message>
        <source>5. Drag the history sliders to watch the boundaries move during training.</source>
        <translation>5. Ziehe die Verlaufsregler, um zu sehen, wie sich die Grenzen während des Trainings bewegen.</translation>
    </message>
    <message>
        <source>6. The cost landscape beside the line&apos;s map: the cost J over w₁ and w₂ (b held at the shown point&apos;s value), the path training took, the shown point ringed. Choose AND, press &quot;Race rates…&quot; in the left pane&apos;s settings, type 1, 100 and race: on w₁ against b, lr 1 walks down into the valley, lr 100 jumps across it and back before it settles. Click the landscape in the Playground: the next run starts there, and the map shows that line at once.</source>
        <translation>6. Die Kostenlandschaft neben der Karte der Geraden: die Kosten J über w₁ und w₂ (b fest auf dem Wert des gezeigten Punkts), der Weg, den das Training nahm, der gezeigte Punkt eingekreist. Wähle AND, drücke „Raten im Rennen…“ in den Einstellungen des linken Bereichs, tippe 1, 100 und starte das Rennen: Auf w₁ gegen b steigt lr 1 ins Tal hinab, lr 100 springt darüber hinweg und zurück, bevor es sich beruhigt. Klicke in der Spielwiese auf die Landschaft: Der nächste Lauf startet dort, und die Karte zeigt diese Gerade sofort.</translation>
    </message>
    <message>
        <source>QUESTIONS FOR THE CLASS</source>
        <translation>FRAGEN AN DIE KLASSE</translation>
    </message>
    <message>
        <source>- Before training XOR: can you draw one straight line with (0,1) and (1,0) on one side, (0,0) and (1,1) on the other?</source>
        <translation>- Vor dem Training von XOR: Kannst du eine Gerade ziehen, mit (0,1) und (1,0) auf der einen Seite und (0,0) und (1,1) auf der anderen?</translation>
    </message>
    <message>
        <source>- Why does the logistic regression give every XOR corner exactly 0.5, and not just a worse line?</source>
        <translation>- Warum gibt die logistische Regression jeder XOR-Ecke genau 0,5 und nicht einfach eine schlechtere Gerade?</translation>
    </message>
    <message>
        <source>- How many lines do the network&apos;s hidden units need to solve XOR? Try 1, 2 and 3 hidden units.</source>
        <translation>- Wie viele Geraden brauchen die verborgenen Einheiten des Netzes, um XOR zu lösen? Probiere 1, 2 und 3 verborgene Einheiten.</translation>
    </message>
    <message>
        <source>- Click to add a point of the other class in the middle of a region: what happens to each boundary?</source>
        <translation>- Klicke, um mitten in einem Bereich einen Punkt der anderen Klasse hinzuzufügen: Was passiert mit jeder Grenze?</translation>
    </message>
    <message>
        <source>- On the landscape, why does the path of lr 100 zig-zag while lr 1&apos;s walks straight down?</source>
        <translation>- Warum läuft der Weg von lr 100 auf der Landschaft im Zickzack, während der von lr 1 geradewegs hinabführt?</translation>
    </message>
    <message>
        <source>From the command line: lrgui train --lesson gates.lrlesson trains both models on the four XOR corners.</source>
        <translation>Von der Kommandozeile: lrgui train --lesson gates.lrlesson trainiert beide Modelle auf den vier XOR-Ecken.</translation>
    </message>
    <message>
        <source>Shapes — a first image classifier, with no download.</source>
        <translation>Formen – ein erster Bildklassifikator, ohne Download.</translation>
    </message>
    <message>
        <source>The built-in sample: 390 colour pictures of circles, squares and triangles, 64×64 (300 to train on, 90 held out), drawn on this computer the first time they are needed. One logistic regression, learning rate 0.005, 2,000 iterations: about a second. It reaches about 99.7 % on the training pictures and 95.6 % on the held-out ones.</source>
        <translation>Das eingebaute Beispiel: 390 farbige Bilder von Kreisen, Quadraten und Dreiecken, 64×64 (300 zum Trainieren, 90 zurückgehalten), auf diesem Computer gezeichnet, wenn sie das erste Mal gebraucht werden. Eine logistische Regression, Lernrate 0,005, 2.000 Iterationen: etwa eine Sekunde. Sie erreicht etwa 99,7 % auf den Trainingsbildern und 95,6 % auf den zurückgehaltenen.</translation>
    </message>
    <message>
        <source>1. The Data tab: a few pictures of each class. Every picture is 64 × 64 × 3 = 12,288 numbers between 0 and 1.</source>
        <translation>1. Der Reiter Daten: einige Bilder jeder Klasse. Jedes Bild besteht aus 64 × 64 × 3 = 12.288 Zahlen zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>2. Press Train and watch the cost fall on the Train tab: fast at first, then slowly.</source>
        <translation>2. Drücke Trainieren und sieh im Reiter Training zu, wie die Kosten fallen: erst schnell, dann langsam.</translation>
    </message>
    <message>
        <source>3. The Results tab: training against test accuracy, and the pictures it got wrong.</source>
        <translation>3. Der Reiter Ergebnisse: Trainings- gegen Testgenauigkeit und die Bilder, die es falsch erkannt hat.</translation>
    </message>
    <message>
        <source>4. The weights view: each class&apos;s 12,288 weights shown as a picture — where does &quot;circle&quot; look?</source>
        <translation>4. Die Gewichtsansicht: die 12.288 Gewichte jeder Klasse als Bild – wohin schaut „circle“?</translation>
    </message>
    <message>
        <source>- Why is the test accuracy lower than the training accuracy?</source>
        <translation>- Warum ist die Testgenauigkeit niedriger als die Trainingsgenauigkeit?</translation>
    </message>
    <message>
        <source>- The cost starts at 1.0986 = ln 3. Why exactly that number?</source>
        <translation>- Die Kosten beginnen bei 1,0986 = ln 3. Warum genau diese Zahl?</translation>
    </message>
    <message>
        <source>- Try learning rate 0.05, then 0.0005. What happens to the curve?</source>
        <translation>- Probiere die Lernrate 0,05, dann 0,0005. Was passiert mit der Kurve?</translation>
    </message>
    <message>
        <source>- Which wrong pictures would a person also find hard?</source>
        <translation>- Welche falsch erkannten Bilder fände auch ein Mensch schwierig?</translation>
    </message>
    <message>
        <source>Draw a shape — the class draws, the model answers, and shows why.</source>
        <translation>Zeichne eine Form – die Klasse zeichnet, das Modell antwortet und zeigt, warum.</translation>
    </message>
    <message>
        <source>The shapes sample again (circles, squares and triangles, 64×64 colour), trained as in the Shapes lesson: one logistic regression, learning rate 0.005, 2,000 iterations, about a second. Then the Draw tab (Alt+5): the canvas starts on the pictures&apos; own dark backdrop, with a white brush.</source>
        <translation>Wieder das Formen-Beispiel (Kreise, Quadrate und Dreiecke, 64×64 in Farbe), trainiert wie in der Lektion Formen: eine logistische Regression, Lernrate 0,005, 2.000 Iterationen, etwa eine Sekunde. Dann der Reiter Zeichnen (Alt+5): Die Leinwand beginnt auf dem dunklen Hintergrund der Bilder, mit einem weißen Pinsel.</translation>
    </message>
    <message>
        <source>1. Press Train, then open the Draw tab. Draw a filled circle in the middle: the answer, the bars and the map change as the stroke goes, not only when you let go.</source>
        <translation>1. Drücke Trainieren und öffne dann den Reiter Zeichnen. Zeichne einen gefüllten Kreis in die Mitte: Die Antwort, die Balken und die Karte ändern sich schon während des Strichs, nicht erst beim Loslassen.</translation>
    </message>
    <message>
        <source>2. &quot;Which pixels pushed where&quot;: vermillion pixels speak for the answer, blue ones against it. The line below adds them up: the map&apos;s sum plus the bias is the logit z, exactly.</source>
        <translation>2. „Welche Pixel wohin drückten“: Zinnoberrote Pixel sprechen für die Antwort, blaue dagegen. Die Zeile darunter zählt sie zusammen: Die Summe der Karte plus der Bias ist genau der Logit z.</translation>
    </message>
    <message>
        <source>3. Clear (Ctrl+Backspace) and draw a square, then a triangle. Which one does the model find hardest?</source>
        <translation>3. Leeren (Strg+Rücktaste) und ein Quadrat zeichnen, dann ein Dreieck. Welches findet das Modell am schwierigsten?</translation>
    </message>
    <message>
        <source>4. Paint out part of a shape with the eraser (E, or the right mouse button): cut a corner off the square, or a bite out of the circle. When does the answer change?</source>
        <translation>4. Radiere einen Teil einer Form weg (E oder die rechte Maustaste): Schneide eine Ecke vom Quadrat ab oder beiße ein Stück aus dem Kreis. Wann ändert sich die Antwort?</translation>
    </message>
    <message>
        <source>5. &quot;What would flip it?&quot; (F) marks the pixels that push hardest towards the runner-up. Paint over them and watch the answer change.</source>
        <translation>5. „Was würde es umstimmen?“ (F) markiert die Pixel, die am stärksten zum Zweitplatzierten drücken. Übermale sie und sieh zu, wie sich die Antwort ändert.</translation>
    </message>
    <message>
        <source>6. &quot;Add to class…&quot; saves the drawing as a picture in a class folder: a class can draw its own data set, load it on the Data tab and train on it.</source>
        <translation>6. „Zur Klasse hinzufügen…“ speichert die Zeichnung als Bild in einem Klassenordner: Eine Klasse kann ihren eigenen Datensatz zeichnen, ihn im Reiter Daten laden und damit trainieren.</translation>
    </message>
    <message>
        <source>7. The digits work the same way: File → Open sample → digits, Train, and draw a digit in black on the white canvas (the brush is wide: each of the 8×8 pixels is a big square).</source>
        <translation>7. Die Ziffern funktionieren genauso: Datei → Beispiel öffnen → digits, Trainieren, und zeichne eine Ziffer in Schwarz auf die weiße Leinwand (der Pinsel ist breit: Jedes der 8×8 Pixel ist ein großes Quadrat).</translation>
    </message>
    <message>
        <source>- The model only ever saw shapes drawn by the computer. Why does it still recognise yours, or why not?</source>
        <translation>- Das Modell hat nur Formen gesehen, die der Computer gezeichnet hat. Warum erkennt es deine trotzdem – oder warum nicht?</translation>
    </message>
    <message>
        <source>- Does the size of your shape matter? Its position? Its colour? Try each.</source>
        <translation>- Spielt die Größe deiner Form eine Rolle? Ihre Position? Ihre Farbe? Probiere alles aus.</translation>
    </message>
    <message>
        <source>- Which pixels does &quot;circle&quot; look at? Compare the map with the weights picture on the Train tab.</source>
        <translation>- Auf welche Pixel schaut „circle“? Vergleiche die Karte mit dem Gewichtsbild im Reiter Training.</translation>
    </message>
    <message>
        <source>- Can you draw something that is none of the three and still get 99 %? What does that say about the probabilities?</source>
        <translation>- Kannst du etwas zeichnen, das keine der drei Formen ist, und trotzdem 99 % bekommen? Was sagt das über die Wahrscheinlichkeiten?</translation>
    </message>
    <message>
        <source>Airplanes vs motorbikes — real photos, the tutorial&apos;s own data.</source>
        <translation>Flugzeuge gegen Motorräder – echte Fotos, die Daten des Tutorials.</translation>
    </message>
    <message>
        <source>DATA: the Caltech-101 folders &quot;airplanes&quot; (800 photos) and &quot;Motorbikes&quot; (798). Caltech-101 can be downloaded from https://data.caltech.edu/records/mzrjq-6wc02 (unpack 101_ObjectCategories.tar.gz and choose its airplanes folder). When the folders are not in ~/Downloads/caltech-101/101_ObjectCategories, lrgui asks for them: choose airplanes, and Motorbikes beside it is found too.</source>
        <translation>DATEN: die Caltech-101-Ordner „airplanes“ (800 Fotos) und „Motorbikes“ (798). Caltech-101 lässt sich von https://data.caltech.edu/records/mzrjq-6wc02 herunterladen (101_ObjectCategories.tar.gz entpacken und den Ordner airplanes wählen). Wenn die Ordner nicht in ~/Downloads/caltech-101/101_ObjectCategories liegen, fragt lrgui danach: Wähle airplanes, dann wird Motorbikes daneben ebenfalls gefunden.</translation>
    </message>
    <message>
        <source>Every photo is squashed to 64×64 colour; 10 % of each class is held out for testing (seed 0). One logistic regression, learning rate 0.005, 2,000 iterations: under a second of training, about 99 % on the training photos and 97.5 % on the 160 held out.</source>
        <translation>Jedes Foto wird auf 64×64 in Farbe gestaucht; 10 % jeder Klasse werden zum Testen zurückgehalten (Seed 0). Eine logistische Regression, Lernrate 0,005, 2.000 Iterationen: weniger als eine Sekunde Training, etwa 99 % auf den Trainingsfotos und 97,5 % auf den 160 zurückgehaltenen.</translation>
    </message>
    <message>
        <source>1. The Data tab: the photos are of every size; lrgui squashes each to 64×64. Show a few of both classes.</source>
        <translation>1. Der Reiter Daten: Die Fotos haben alle möglichen Größen; lrgui staucht jedes auf 64×64. Zeige einige aus beiden Klassen.</translation>
    </message>
    <message>
        <source>2. Train and watch the training and test costs part ways.</source>
        <translation>2. Trainiere und sieh zu, wie Trainings- und Testkosten auseinandergehen.</translation>
    </message>
    <message>
        <source>3. The Results tab: the misclassified photos. Exclude one that is wrongly labelled and train again: the test set stays the same, so the comparison is fair.</source>
        <translation>3. Der Reiter Ergebnisse: die falsch klassifizierten Fotos. Schließe eines aus, das falsch beschriftet ist, und trainiere erneut: Die Testmenge bleibt gleich, also ist der Vergleich fair.</translation>
    </message>
    <message>
        <source>4. The weights picture of &quot;airplanes&quot;: sky-coloured backgrounds carry much of the decision.</source>
        <translation>4. Das Gewichtsbild von „airplanes“: Himmelfarbene Hintergründe tragen einen Großteil der Entscheidung.</translation>
    </message>
    <message>
        <source>- Is the model recognising airplanes, or blue skies? How could we find out?</source>
        <translation>- Erkennt das Modell Flugzeuge oder blauen Himmel? Wie könnten wir das herausfinden?</translation>
    </message>
    <message>
        <source>- Why hold out 10 % of the photos instead of testing on the training photos?</source>
        <translation>- Warum 10 % der Fotos zurückhalten, statt auf den Trainingsfotos zu testen?</translation>
    </message>
    <message>
        <source>- What would change with 32×32 pictures? With grayscale?</source>
        <translation>- Was würde sich mit 32×32-Bildern ändern? Mit Graustufen?</translation>
    </message>
    <message>
        <source>- Would the model work on a photo of a helicopter? What would it say?</source>
        <translation>- Würde das Modell bei einem Foto eines Hubschraubers funktionieren? Was würde es sagen?</translation>
    </message>
    <message>
        <source>Bird or not — CIFAR-10, one class against the rest, and the learning-rate race.</source>
        <translation>Vogel oder nicht – CIFAR-10, eine Klasse gegen den Rest, und das Lernraten-Rennen.</translation>
    </message>
    <message>
        <source>DATA: CIFAR-10&apos;s python batches (data_batch_1 … data_batch_5, test_batch, batches.meta). CIFAR-10&apos;s python version can be downloaded from https://www.cs.toronto.edu/~kriz/cifar.html (cifar-10-python.tar.gz; choose the cifar-10-batches-py folder it unpacks). The JPEG copies in train/ and test/ class folders work too: open them on the Data tab and use &quot;bird&quot; against the rest.</source>
        <translation>DATEN: die Python-Batches von CIFAR-10 (data_batch_1 … data_batch_5, test_batch, batches.meta). Die Python-Version von CIFAR-10 lässt sich von https://www.cs.toronto.edu/~kriz/cifar.html herunterladen (cifar-10-python.tar.gz; wähle den Ordner cifar-10-batches-py, den es entpackt). Die JPEG-Kopien in Klassenordnern unter train/ und test/ funktionieren auch: Öffne sie im Reiter Daten und nimm „bird“ gegen den Rest.</translation>
    </message>
    <message>
        <source>The lesson takes every bird and an equal-size sample of the other nine classes (seed 0), 32×32 colour, and trains three logistic regressions from the same starting weights with learning rates 0.01, 0.001, 0.0001. lrgui keeps the one with the lowest cost on the test images.</source>
        <translation>Die Lektion nimmt jeden Vogel und eine gleich große Stichprobe der anderen neun Klassen (Seed 0), 32×32 in Farbe, und trainiert drei logistische Regressionen mit denselben Startgewichten und den Lernraten 0,01; 0,001; 0,0001. lrgui behält die mit den niedrigsten Kosten auf den Testbildern.</translation>
    </message>
    <message>
        <source>1. Train: the three cost curves appear side by side on the Train tab.</source>
        <translation>1. Trainieren: Die drei Kostenkurven erscheinen nebeneinander im Reiter Training.</translation>
    </message>
    <message>
        <source>2. The largest rate makes the training cost fall fastest; the smallest has barely moved after 2,000 iterations.</source>
        <translation>2. Mit der größten Rate fallen die Trainingskosten am schnellsten; die kleinste hat sich nach 2.000 Iterationen kaum bewegt.</translation>
    </message>
    <message>
        <source>3. Watch the test curves too: the fastest rate can fit the training pictures better and the test pictures worse. That is why lrgui judges the race by the test cost, not the training cost.</source>
        <translation>3. Beobachte auch die Testkurven: Die schnellste Rate kann die Trainingsbilder besser und die Testbilder schlechter treffen. Deshalb bewertet lrgui das Rennen nach den Testkosten, nicht nach den Trainingskosten.</translation>
    </message>
    <message>
        <source>4. The Results tab: accuracy is far from 100 % — 32×32 pixels and one linear layer are not enough to recognise a bird well.</source>
        <translation>4. Der Reiter Ergebnisse: Die Genauigkeit ist weit von 100 % entfernt – 32×32 Pixel und eine lineare Schicht reichen nicht, um einen Vogel gut zu erkennen.</translation>
    </message>
    <message>
        <source>5. Tick &quot;Step slice&quot; on the Train tab: the step slice appears under the curves. Drag the replay slider to the start. The curve is the cost along the gradient from that point, J(θ − α·g); the orange mark is where one step of the kept rate lands, the dashed line the cost before it, the star the best step on that line. Type 1000 as the learning rate and train again: the mark sits far up the other side of the valley, above the dashed line: one step already makes the cost rise.</source>
        <translation>5. Setze im Reiter Training das Häkchen bei „Schrittschnitt“: Der Schrittschnitt erscheint unter den Kurven. Ziehe den Wiedergaberegler an den Anfang. Die Kurve zeigt die Kosten entlang des Gradienten ab diesem Punkt, J(θ − α·g); die orange Markierung ist, wo ein Schritt der behaltenen Rate landet, die gestrichelte Linie die Kosten davor, der Stern der beste Schritt auf dieser Linie. Tippe 1000 als Lernrate und trainiere erneut: Die Markierung sitzt weit oben auf der anderen Seite des Tals, über der gestrichelten Linie: Schon ein Schritt lässt die Kosten steigen.</translation>
    </message>
    <message>
        <source>- Before training: which learning rate will win? Why not always use the largest?</source>
        <translation>- Vor dem Training: Welche Lernrate wird gewinnen? Warum nicht immer die größte nehmen?</translation>
    </message>
    <message>
        <source>- Why must the three runs start from the same weights for the race to be fair?</source>
        <translation>- Warum müssen die drei Läufe von denselben Gewichten starten, damit das Rennen fair ist?</translation>
    </message>
    <message>
        <source>- On the step slice, where would the best learning rate for this first step be? Why can a larger one be worse?</source>
        <translation>- Wo läge im Schrittschnitt die beste Lernrate für diesen ersten Schritt? Warum kann eine größere schlechter sein?</translation>
    </message>
    <message>
        <source>- A model that says &quot;not a bird&quot; to everything scores 50 % here. Why do we balance the classes?</source>
        <translation>- Ein Modell, das zu allem „kein Vogel“ sagt, erreicht hier 50 %. Warum gleichen wir die Klassen aus?</translation>
    </message>
    <message>
        <source>- Which birds does the model miss? Which non-birds does it call birds?</source>
        <translation>- Welche Vögel übersieht das Modell? Welche Nicht-Vögel hält es für Vögel?</translation>
    </message>
    <message>
        <source>Fashion with a hidden layer — and why scaling the inputs matters.</source>
        <translation>Mode mit einer verborgenen Schicht – und warum das Skalieren der Eingaben wichtig ist.</translation>
    </message>
    <message>
        <source>DATA: Fashion-MNIST&apos;s IDX files (60,000 training and 10,000 test pictures, 28×28 grayscale, 10 classes). Fashion-MNIST can be downloaded from https://github.com/zalandoresearch/fashion-mnist (the four *-ubyte.gz files of data/fashion, in one folder).</source>
        <translation>DATEN: die IDX-Dateien von Fashion-MNIST (60.000 Trainings- und 10.000 Testbilder, 28×28 in Graustufen, 10 Klassen). Fashion-MNIST lässt sich von https://github.com/zalandoresearch/fashion-mnist herunterladen (die vier *-ubyte.gz-Dateien aus data/fashion, in einem Ordner).</translation>
    </message>
    <message>
        <source>Two networks with 50 sigmoid hidden units, 25 minibatches per epoch, learning rate 0.3, 300 epochs, from the same starting weights. The only difference: the first standardises every pixel (zero mean, unit variance over the training pictures), the second only divides by 255.</source>
        <translation>Zwei Netze mit 50 sigmoiden verborgenen Einheiten, 25 Minibatches pro Epoche, Lernrate 0,3, 300 Epochen, mit denselben Startgewichten. Der einzige Unterschied: Das erste standardisiert jedes Pixel (Mittelwert null, Varianz eins über die Trainingsbilder), das zweite teilt nur durch 255.</translation>
    </message>
    <message>
        <source>1. Train (about a minute per run): the two cost curves side by side.</source>
        <translation>1. Trainieren (etwa eine Minute pro Lauf): die beiden Kostenkurven nebeneinander.</translation>
    </message>
    <message>
        <source>2. The standardised run learns faster and ends higher. Measured with lrgui on the full dataset: after 1 epoch 74 % against 67 % on the test pictures, after 10 epochs 83 % against 78 %, after 300 epochs 87.9 % against 86.5 % (training pictures: 93.4 % against 88.7 %).</source>
        <translation>2. Der standardisierte Lauf lernt schneller und endet höher. Mit lrgui auf dem vollständigen Datensatz gemessen: nach 1 Epoche 74 % gegen 67 % auf den Testbildern, nach 10 Epochen 83 % gegen 78 %, nach 300 Epochen 87,9 % gegen 86,5 % (Trainingsbilder: 93,4 % gegen 88,7 %).</translation>
    </message>
    <message>
        <source>3. The tutorial this lesson follows fed raw pixels (0–255) to its network: the sigmoid units saturated (their slope is almost zero for inputs that large), the gradients vanished and it stalled at 50 % against 87 % scaled. lrgui always divides by 255 at least, so its plain run does learn — only more slowly, because pixels between 0 and 1, mostly near 0 (the background), are uneven in scale and all positive, which makes gradient descent zigzag.</source>
        <translation>3. Das Tutorial, dem diese Lektion folgt, gab seinem Netz rohe Pixel (0–255): Die sigmoiden Einheiten sättigten (ihre Steigung ist bei so großen Eingaben fast null), die Gradienten verschwanden, und es blieb bei 50 % stehen, gegen 87 % mit Skalierung. lrgui teilt immer mindestens durch 255, daher lernt sein einfacher Lauf durchaus – nur langsamer, weil Pixel zwischen 0 und 1, meist nahe 0 (der Hintergrund), ungleichmäßig skaliert und alle positiv sind, was den Gradientenabstieg im Zickzack laufen lässt.</translation>
    </message>
    <message>
        <source>4. The Results tab: which clothes does the network confuse? (Shirt, T-shirt, pullover and coat.)</source>
        <translation>4. Der Reiter Ergebnisse: Welche Kleidungsstücke verwechselt das Netz? (Hemd, T-Shirt, Pullover und Mantel.)</translation>
    </message>
    <message>
        <source>- What does a sigmoid unit output when its input is 500? What is its slope there?</source>
        <translation>- Was gibt eine sigmoide Einheit aus, wenn ihre Eingabe 500 ist? Wie groß ist dort ihre Steigung?</translation>
    </message>
    <message>
        <source>- Why does standardising help gradient descent, even though it loses no information?</source>
        <translation>- Warum hilft das Standardisieren dem Gradientenabstieg, obwohl es keine Information verliert?</translation>
    </message>
    <message>
        <source>- Why are shirts and T-shirts confused, and trousers almost never?</source>
        <translation>- Warum werden Hemden und T-Shirts verwechselt, Hosen aber fast nie?</translation>
    </message>
    <message>
        <source>- The mean and the spread are measured on the training pictures only. Why not on all of them?</source>
        <translation>- Mittelwert und Streuung werden nur auf den Trainingsbildern gemessen. Warum nicht auf allen?</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>Cannot save the lesson to {target}: {problem}.</source>
        <translation>Die Lektion kann nicht in {target} gespeichert werden: {problem}.</translation>
    </message>
    <message>
        <source>Cannot save the lesson to {target}: its model cannot be saved ({rstrip}).</source>
        <translation>Die Lektion kann nicht in {target} gespeichert werden: Ihr Modell lässt sich nicht speichern ({rstrip}).</translation>
    </message>
    <message>
        <source>Cannot save the lesson to {target}: its model takes {bytes}, more than a lesson holds ({bytes2}).</source>
        <translation>Die Lektion kann nicht in {target} gespeichert werden: Ihr Modell belegt {bytes}, mehr als eine Lektion fasst ({bytes2}).</translation>
    </message>
    <message>
        <source>{name} is not an lrgui lesson file (it is not a zip archive, or it is damaged).</source>
        <translation>{name} ist keine lrgui-Lektionsdatei (es ist kein ZIP-Archiv, oder es ist beschädigt).</translation>
    </message>
    <message>
        <source>it names a model but holds no {model_member}</source>
        <translation>sie nennt ein Modell, enthält aber kein {model_member}</translation>
    </message>
    <message>
        <source>it holds a {model_member} its lesson.json does not name</source>
        <translation>sie enthält ein {model_member}, das ihre lesson.json nicht nennt</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui lesson: {problem}.</source>
        <translation>{name} ist keine brauchbare lrgui-Lektion: {problem}.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui lesson: it is damaged ({name2}).</source>
        <translation>{name} ist keine brauchbare lrgui-Lektion: Sie ist beschädigt ({name2}).</translation>
    </message>
    <message>
        <source>it holds {count} files, more than a lesson has</source>
        <translation>sie enthält {count} Dateien, mehr als eine Lektion hat</translation>
    </message>
    <message>
        <source>it holds two files of the same name</source>
        <translation>sie enthält zwei Dateien mit demselben Namen</translation>
    </message>
    <message>
        <source>it holds an unexpected file &apos;{filename}&apos;</source>
        <translation>sie enthält eine unerwartete Datei &apos;{filename}&apos;</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is compressed in a way lrgui lessons never are</source>
        <translation>&apos;{filename}&apos; ist auf eine Art komprimiert, wie es lrgui-Lektionen nie sind</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is encrypted</source>
        <translation>&apos;{filename}&apos; ist verschlüsselt</translation>
    </message>
    <message>
        <source>it has no {json_member}</source>
        <translation>sie hat keine {json_member}</translation>
    </message>
    <message>
        <source>its {filename} declares {bytes}, more than a lesson holds ({bytes2})</source>
        <translation>ihre {filename} gibt {bytes} an, mehr als eine Lektion fasst ({bytes2})</translation>
    </message>
    <message>
        <source>The lesson&apos;s {filename}</source>
        <translation>Die Datei {filename} der Lektion</translation>
    </message>
    <message>
        <source>its {filename} inflates beyond the {bytes} it declares</source>
        <translation>ihre {filename} entpackt sich über die angegebenen {bytes} hinaus</translation>
    </message>
    <message>
        <source>its {filename} is not the size it declares</source>
        <translation>ihre {filename} hat nicht die angegebene Größe</translation>
    </message>
    <message>
        <source>its {json_member} is not valid JSON</source>
        <translation>ihre {json_member} ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>its {json_member} is not an lrgui lesson</source>
        <translation>ihre {json_member} ist keine lrgui-Lektion</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <extracomment>where each excluded file lies (a source and the name inside it), as read from the file the folder of the file it was read from (relative paths are relative to it) the settings the Train form shows, the rates to compare, the displayed point (None: the last)</extracomment>
        <translation>sie hat keine gültige Formatversion</translation>
    </message>
    <message>
        <source>it uses lesson format {version}, written by a newer lrgui ({get}); please update lrgui</source>
        <translation>sie verwendet das Lektionsformat {version}, geschrieben von einem neueren lrgui ({get}); bitte aktualisiere lrgui</translation>
    </message>
    <message>
        <source>it claims lesson format {version}, which lrgui never wrote</source>
        <translation>sie gibt das Lektionsformat {version} an, das lrgui nie geschrieben hat</translation>
    </message>
    <message>
        <source>its format was not migrated</source>
        <translation>ihr Format wurde nicht übertragen</translation>
    </message>
    <message>
        <source>its {json_member} does not hold exactly the lesson&apos;s fields (&apos;{missing}&apos;)</source>
        <translation>ihre {json_member} enthält nicht genau die Felder einer Lektion (&apos;{missing}&apos;)</translation>
    </message>
    <message>
        <source>its notes are not a text of at most {value} KB</source>
        <translation>ihre Notizen sind kein Text von höchstens {value} KB</translation>
    </message>
    <message>
        <source>its data request is not a JSON object</source>
        <translation>ihre Datenanfrage ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its best run is not one of its runs</source>
        <translation>ihr bester Lauf ist keiner ihrer Läufe</translation>
    </message>
    <message>
        <source>it names a model file other than its own</source>
        <translation>sie nennt eine andere Modelldatei als ihre eigene</translation>
    </message>
    <message>
        <source>its playground is not a JSON object</source>
        <translation>ihre Spielwiese ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its playground is larger than lrgui allows</source>
        <translation>ihre Spielwiese ist größer, als lrgui erlaubt</translation>
    </message>
    <message>
        <source>its playground is refused ({rstrip})</source>
        <translation>ihre Spielwiese wird abgelehnt ({rstrip})</translation>
    </message>
    <message>
        <source>its view does not hold exactly the draft, the rates to compare and the displayed point</source>
        <translation>ihre Ansicht enthält nicht genau den Entwurf, die zu vergleichenden Raten und den angezeigten Punkt</translation>
    </message>
    <message>
        <source>its draft settings are not a JSON object</source>
        <translation>ihre Entwurfseinstellungen sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its {json_member} is nested more than {max_json_depth} levels deep</source>
        <translation>ihre {json_member} ist mehr als {max_json_depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>it holds a name longer than lrgui allows</source>
        <translation>sie enthält einen Namen, der länger ist, als lrgui erlaubt</translation>
    </message>
    <message>
        <source>it holds a text longer than lrgui allows</source>
        <translation>sie enthält einen Text, der länger ist, als lrgui erlaubt</translation>
    </message>
    <message>
        <source>it holds a number that is not finite</source>
        <translation>sie enthält eine Zahl, die nicht endlich ist</translation>
    </message>
    <message>
        <source>it holds a value that is not plain JSON</source>
        <translation>sie enthält einen Wert, der kein einfaches JSON ist</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; is not a text of at most {limit} characters</source>
        <translation>ihr &apos;{key}&apos; ist kein Text von höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; is not a list of at most {limit} entries</source>
        <translation>ihr &apos;{key}&apos; ist keine Liste von höchstens {limit} Einträgen</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; holds something other than texts</source>
        <translation>ihr &apos;{key}&apos; enthält etwas anderes als Texte</translation>
    </message>
    <message>
        <source>its {what} is not a whole number of at least {minimum}</source>
        <translation>ihr Wert {what} ist keine ganze Zahl von mindestens {minimum}</translation>
    </message>
    <message>
        <source>its {what} is not a JSON object</source>
        <translation>ihr Wert {what} ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a source&apos;s digest is not a SHA-256 hex digest</source>
        <translation>der Digest einer Quelle ist kein SHA-256-Hexdigest</translation>
    </message>
    <message>
        <source>its data source &apos;{kind}&apos; is not one lrgui knows</source>
        <translation>ihre Datenquelle &apos;{kind}&apos; kennt lrgui nicht</translation>
    </message>
    <message>
        <source>its image format does not say grayscale or colour</source>
        <translation>ihr Bildformat sagt nicht, ob Graustufen oder Farbe</translation>
    </message>
    <message>
        <source>its image format is refused ({rstrip})</source>
        <translation>ihr Bildformat wird abgelehnt ({rstrip})</translation>
    </message>
    <message>
        <source>a class rename is not a pair of names</source>
        <translation>eine Klassenumbenennung ist kein Namenspaar</translation>
    </message>
    <message>
        <source>its test fraction is not a number</source>
        <translation>ihr Testanteil ist keine Zahl</translation>
    </message>
    <message>
        <source>its toy option &apos;{key}&apos; is not a number</source>
        <translation>ihre Toy-Option &apos;{key}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>an excluded file names a folder the lesson does not have</source>
        <translation>eine ausgeschlossene Datei nennt einen Ordner, den die Lektion nicht hat</translation>
    </message>
    <message>
        <source>its data request is refused ({rstrip})</source>
        <translation>ihre Datenanfrage wird abgelehnt ({rstrip})</translation>
    </message>
    <message>
        <source>a run&apos;s settings are refused ({rstrip})</source>
        <translation>die Einstellungen eines Laufs werden abgelehnt ({rstrip})</translation>
    </message>
    <message>
        <source>a run&apos;s curves are refused ({rstrip})</source>
        <translation>die Kurven eines Laufs werden abgelehnt ({rstrip})</translation>
    </message>
    <message>
        <source>This lesson has no data to train on (it is a playground lesson); open it in the app.</source>
        <translation>Diese Lektion hat keine Daten zum Trainieren (es ist eine Spielwiesen-Lektion); öffne sie in der App.</translation>
    </message>
    <message>
        <source>The lesson&apos;s folder {shown} was not found; locate it (the app asks for it when the lesson is opened) or put it back.{hint}</source>
        <translation>Der Ordner {shown} der Lektion wurde nicht gefunden; suche ihn (die App fragt beim Öffnen der Lektion danach) oder lege ihn zurück.{hint}</translation>
    </message>
    <message>
        <source>it holds {files} files, not {expected}</source>
        <translation>er enthält {files} Dateien, nicht {expected}</translation>
    </message>
    <message>
        <source>the names or sizes of its files differ</source>
        <translation>die Namen oder Größen seiner Dateien weichen ab</translation>
    </message>
    <message>
        <source>The lesson&apos;s folder {shown} has changed since the lesson was saved ({what}); locate the original folder or train on it as it is.</source>
        <translation>Der Ordner {shown} der Lektion hat sich seit dem Speichern der Lektion geändert ({what}); suche den ursprünglichen Ordner oder trainiere mit ihm, wie er ist.</translation>
    </message>
    <message>
        <source>Not a folder: {folder}</source>
        <translation>Kein Ordner: {folder}</translation>
    </message>
    <message>
        <source>The lesson has no folder {source}.</source>
        <translation>Die Lektion hat keinen Ordner {source}.</translation>
    </message>
    <message>
        <source>This lesson has no training settings to run.</source>
        <translation>Diese Lektion hat keine Trainingseinstellungen zum Ausführen.</translation>
    </message>
    <message>
        <source>{path} has no training settings to run.</source>
        <translation>{path} hat keine Trainingseinstellungen zum Ausführen.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>{what} declares a negative size.</source>
        <translation>{what} gibt eine negative Größe an.</translation>
    </message>
    <message>
        <source>{what} would need {bytes}, more than lrgui allows ({bytes2}).</source>
        <translation>{what} bräuchte {bytes}, mehr als lrgui erlaubt ({bytes2}).</translation>
    </message>
    <message>
        <source>{what} would need {bytes} of memory, but only {bytes2} is available.</source>
        <translation>{what} bräuchte {bytes} Speicher, aber nur {bytes2} sind verfügbar.</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>{count} images at {size} pixels would need about {bytes} of memory (the pixels and their floating-point copy for training), but only {bytes2} is available: choose a smaller image size or fewer images per class.</source>
        <extracomment>Files this small (on average) decode so fast that the Python around every file, which holds the GIL, is most of the work, and a second thread only contends for it (measured in docs/performance.md, &quot;Measurements behind the code&apos;s constants&quot;). Files whose sizes are looked at to tell (spread over the list). Files one worker decodes per hand-off: handing over one small JPEG at a time cost more than decoding it. How often (seconds) a wait for a worker looks at ``should_stop``: a task of large photos may take a while.</extracomment>
        <translation>{count} Bilder mit {size} Pixeln bräuchten etwa {bytes} Speicher (die Pixel und ihre Gleitkommakopie fürs Training), aber nur {bytes2} sind verfügbar: Wähle eine kleinere Bildgröße oder weniger Bilder pro Klasse.</translation>
    </message>
    <message>
        <source>Training needs at least two classes; found {count} ({names}).</source>
        <translation>Das Training braucht mindestens zwei Klassen; gefunden: {count} ({names}).</translation>
    </message>
    <message>
        <source> in {folders}</source>
        <translation> in {folders}</translation>
    </message>
    <message>
        <source> ({count} folders could not be read)</source>
        <translation> ({count} Ordner konnten nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Class {name} has no images{where}{hint}.</source>
        <translation>Die Klasse {name} hat keine Bilder{where}{hint}.</translation>
    </message>
    <message>
        <source>Class {name} has no readable images ({count} files were skipped).</source>
        <translation>Die Klasse {name} hat keine lesbaren Bilder ({count} Dateien wurden übersprungen).</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>{name} is an old lrgui model (HDF5, format 1) that lrgui no longer opens directly; &apos;lrgui convert {name}&apos; turns it into a {model_extension} file.</source>
        <extracomment>format 1, HDF5: never opened in-process, only converted (lrgui.data.legacy_model) the header is the metadata plus one short line per tensor the largest image (1024 × 1024 × 3); non-image data (logic gates) are far smaller safetensors dtype → little-endian NumPy dtype; nothing else is ever in a model</extracomment>
        <translation>{name} ist ein altes lrgui-Modell (HDF5, Format 1), das lrgui nicht mehr direkt öffnet; &apos;lrgui convert {name}&apos; macht daraus eine {model_extension}-Datei.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui model: {problem}.</source>
        <translation>{name} ist kein brauchbares lrgui-Modell: {problem}.</translation>
    </message>
    <message>
        <source>{name} uses model format {version}, written by a newer lrgui ({written_by}); this lrgui ({version2}) reads format {format_version}, so please update lrgui.</source>
        <translation>{name} verwendet das Modellformat {version}, geschrieben von einem neueren lrgui ({written_by}); dieses lrgui ({version2}) liest Format {format_version}, bitte aktualisiere lrgui.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui model: it is damaged ({name2}).</source>
        <translation>{name} ist kein brauchbares lrgui-Modell: Es ist beschädigt ({name2}).</translation>
    </message>
    <message>
        <source>Cannot write the model to {name}: {problem}.</source>
        <translation>Das Modell kann nicht nach {name} geschrieben werden: {problem}.</translation>
    </message>
    <message>
        <source>Cannot write the model to {name}: {exc}.</source>
        <translation>Das Modell kann nicht nach {name} geschrieben werden: {exc}.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui model: its header takes {header_length} bytes, more than an lrgui model&apos;s ({max_header_bytes} at most, enough for {max_classes} classes).</source>
        <translation>{name} ist kein brauchbares lrgui-Modell: Sein Kopf belegt {header_length} Bytes, mehr als der eines lrgui-Modells (höchstens {max_header_bytes}, genug für {max_classes} Klassen).</translation>
    </message>
    <message>
        <source>{name} is a safetensors file, but not an lrgui model.</source>
        <translation>{name} ist eine safetensors-Datei, aber kein lrgui-Modell.</translation>
    </message>
    <message>
        <source>its metadata holds a value that is not text</source>
        <translation>seine Metadaten enthalten einen Wert, der kein Text ist</translation>
    </message>
    <message>
        <source>its metadata is longer than {max_metadata_chars} characters</source>
        <translation>seine Metadaten sind länger als {max_metadata_chars} Zeichen</translation>
    </message>
    <message>
        <source>it holds {count} tensors, more than an lrgui model has</source>
        <translation>es enthält {count} Tensoren, mehr als ein lrgui-Modell hat</translation>
    </message>
    <message>
        <source>the header entry of tensor &apos;{shown}&apos; is malformed</source>
        <translation>der Kopfeintrag des Tensors &apos;{shown}&apos; ist fehlerhaft</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has the type {entry}, not one of F32, F64 or I64</source>
        <translation>der Tensor &apos;{shown}&apos; hat den Typ {entry}, keinen von F32, F64 oder I64</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has an invalid shape</source>
        <translation>der Tensor &apos;{shown}&apos; hat eine ungültige Form</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has invalid data offsets</source>
        <translation>der Tensor &apos;{shown}&apos; hat ungültige Daten-Offsets</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; declares more data than the file holds</source>
        <translation>der Tensor &apos;{shown}&apos; gibt mehr Daten an, als die Datei enthält</translation>
    </message>
    <message>
        <source>its tensors&apos; data overlap or leave gaps</source>
        <translation>die Daten seiner Tensoren überlappen oder lassen Lücken</translation>
    </message>
    <message>
        <source>its tensors&apos; data do not fill the file</source>
        <translation>die Daten seiner Tensoren füllen die Datei nicht</translation>
    </message>
    <message>
        <source>its metadata has no &apos;{key}&apos;</source>
        <translation>seine Metadaten haben kein &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; metadata is not valid JSON</source>
        <translation>seine Metadaten &apos;{key}&apos; sind kein gültiges JSON</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; metadata is nested more than {max_json_depth} levels deep</source>
        <translation>seine Metadaten &apos;{key}&apos; sind mehr als {max_json_depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; metadata is not a JSON {value}</source>
        <translation>seine Metadaten &apos;{key}&apos; sind kein JSON-{value}</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; is not a whole number</source>
        <translation>sein &apos;{key}&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <translation>es hat keine gültige Formatversion</translation>
    </message>
    <message>
        <source>it claims format {version}, which lrgui never wrote as safetensors</source>
        <translation>es gibt das Format {version} an, das lrgui nie als safetensors geschrieben hat</translation>
    </message>
    <message>
        <source>it holds a model type this lrgui does not know (&apos;{model_type}&apos;)</source>
        <translation>es enthält einen Modelltyp, den dieses lrgui nicht kennt (&apos;{model_type}&apos;)</translation>
    </message>
    <message>
        <source>its &apos;info&apos; metadata is refused ({rstrip})</source>
        <translation>seine Metadaten &apos;info&apos; werden abgelehnt ({rstrip})</translation>
    </message>
    <message>
        <source>it holds an unexpected tensor &apos;{shown}&apos;</source>
        <translation>es enthält einen unerwarteten Tensor &apos;{shown}&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has the type {name}, not {value}</source>
        <translation>der Tensor &apos;{shown}&apos; hat den Typ {name}, nicht {value}</translation>
    </message>
    <message>
        <source>it has {count} classes, not {min_classes} to {max_classes}</source>
        <translation>es hat {count} Klassen, nicht {min_classes} bis {max_classes}</translation>
    </message>
    <message>
        <source>a class name is not text</source>
        <translation>ein Klassenname ist kein Text</translation>
    </message>
    <message>
        <source>a class name is empty or longer than {max_class_name} characters</source>
        <translation>ein Klassenname ist leer oder länger als {max_class_name} Zeichen</translation>
    </message>
    <message>
        <source>the class name &apos;{label}&apos; contains a control character</source>
        <translation>der Klassenname &apos;{label}&apos; enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>two classes have the same name</source>
        <translation>zwei Klassen haben denselben Namen</translation>
    </message>
    <message>
        <source>its image size {size} is not between {min_image_size} and {max_image_size} pixels</source>
        <translation>seine Bildgröße {size} liegt nicht zwischen {min_image_size} und {max_image_size} Pixeln</translation>
    </message>
    <message>
        <source>its images have {channels} channels, not 1 (grey) or 3 (colour)</source>
        <translation>seine Bilder haben {channels} Kanäle, nicht 1 (grau) oder 3 (Farbe)</translation>
    </message>
    <message>
        <source>{what} holds values that are not finite numbers</source>
        <translation>{what} enthält Werte, die keine endlichen Zahlen sind</translation>
    </message>
    <message>
        <source>it has no tensor &apos;{tensor_name}&apos;</source>
        <translation>es hat keinen Tensor &apos;{tensor_name}&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;{names}&apos; has the shape {shape}, which no model has</source>
        <translation>der Tensor &apos;{names}&apos; hat die Form {shape}, die kein Modell hat</translation>
    </message>
    <message>
        <source>its weights are for {n} features, but its {size}×{size} images with {channels} channels have {n_features}</source>
        <translation>seine Gewichte sind für {n} Merkmale, aber seine Bilder von {size}×{size} mit {channels} Kanälen haben {n_features}</translation>
    </message>
    <message>
        <source>its weights are for {n} features, more than lrgui supports</source>
        <translation>seine Gewichte sind für {n} Merkmale, mehr als lrgui unterstützt</translation>
    </message>
    <message>
        <source>tensor &apos;{tensor_name}&apos; has the shape {shape}, not {shape2} as {k} classes and {n} features need</source>
        <translation>der Tensor &apos;{tensor_name}&apos; hat die Form {shape}, nicht {shape2}, wie {k} Klassen und {n} Merkmale es brauchen</translation>
    </message>
    <message>
        <source>it has no tensor &apos;costs&apos;</source>
        <translation>es hat keinen Tensor &apos;costs&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;costs&apos; has the shape {shape}, not (T, 2)</source>
        <translation>der Tensor &apos;costs&apos; hat die Form {shape}, nicht (T, 2)</translation>
    </message>
    <message>
        <source>tensor &apos;costs&apos; holds iteration numbers that are not whole numbers from 0</source>
        <translation>der Tensor &apos;costs&apos; enthält Iterationsnummern, die keine ganzen Zahlen ab 0 sind</translation>
    </message>
    <message>
        <source>its parameters name an unknown setting &apos;{key}&apos;</source>
        <translation>seine Parameter nennen eine unbekannte Einstellung &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>its setting &apos;{key}&apos; is not a plain value</source>
        <translation>seine Einstellung &apos;{key}&apos; ist kein einfacher Wert</translation>
    </message>
    <message>
        <source>its setting &apos;{key}&apos; is too long</source>
        <translation>seine Einstellung &apos;{key}&apos; ist zu lang</translation>
    </message>
    <message>
        <source>its setting &apos;dtype&apos; is {dtype}, not float32 or float64</source>
        <translation>seine Einstellung &apos;dtype&apos; ist {dtype}, nicht float32 oder float64</translation>
    </message>
    <message>
        <source>its &apos;state&apos; metadata does not hold exactly {join}</source>
        <translation>seine Metadaten &apos;state&apos; enthalten nicht genau {join}</translation>
    </message>
    <message>
        <source>its state &apos;{key}&apos; is not a {name}</source>
        <translation>sein Zustand &apos;{key}&apos; ist kein {name}</translation>
    </message>
    <message>
        <source>its iteration count is out of range</source>
        <translation>seine Iterationszahl liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>its preprocessing &apos;{kind}&apos; is not one lrgui knows</source>
        <translation>seine Vorverarbeitung &apos;{kind}&apos; ist lrgui nicht bekannt</translation>
    </message>
    <message>
        <source>its preprocessing_dtype &apos;{dtype}&apos; is not float32 or float64</source>
        <translation>sein preprocessing_dtype &apos;{dtype}&apos; ist nicht float32 oder float64</translation>
    </message>
    <message>
        <source>it holds standardisation statistics, but its preprocessing is &apos;{kind}&apos;</source>
        <translation>es enthält Standardisierungsstatistiken, aber seine Vorverarbeitung ist &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>it standardises its inputs, but lacks the tensor &apos;mean&apos; or &apos;std&apos;</source>
        <translation>es standardisiert seine Eingaben, aber ihm fehlt der Tensor &apos;mean&apos; oder &apos;std&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;{key}&apos; has the shape {shape}, not ({n_features},)</source>
        <translation>der Tensor &apos;{key}&apos; hat die Form {shape}, nicht ({n_features},)</translation>
    </message>
    <message>
        <source>tensor &apos;std&apos; holds values that are not positive</source>
        <translation>der Tensor &apos;std&apos; enthält Werte, die nicht positiv sind</translation>
    </message>
    <message>
        <source>its history has no tensor &apos;{history_prefix}{required}&apos;</source>
        <translation>sein Verlauf hat keinen Tensor &apos;{history_prefix}{required}&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;history.iterations&apos; is not a non-empty list</source>
        <translation>der Tensor &apos;history.iterations&apos; ist keine nichtleere Liste</translation>
    </message>
    <message>
        <source>tensor &apos;history.iterations&apos; is not a rising count from 0</source>
        <translation>der Tensor &apos;history.iterations&apos; ist keine steigende Zählung ab 0</translation>
    </message>
    <message>
        <source>tensor &apos;history.{series}&apos; has the shape {shape}, not ({count},)</source>
        <translation>der Tensor &apos;history.{series}&apos; hat die Form {shape}, nicht ({count},)</translation>
    </message>
    <message>
        <source>tensor &apos;history.{series}&apos; holds infinite values</source>
        <translation>der Tensor &apos;history.{series}&apos; enthält unendliche Werte</translation>
    </message>
    <message>
        <source>tensor &apos;history.{series}&apos; holds accuracies outside 0 to 1</source>
        <translation>der Tensor &apos;history.{series}&apos; enthält Genauigkeiten außerhalb von 0 bis 1</translation>
    </message>
    <message>
        <source>tensor &apos;history.{key}&apos; has the shape {shape}, not {value}</source>
        <translation>der Tensor &apos;history.{key}&apos; hat die Form {shape}, nicht {value}</translation>
    </message>
    <message>
        <source>the last entry of tensor &apos;history.{key}&apos; differs from the model&apos;s &apos;{key}&apos;</source>
        <translation>der letzte Eintrag des Tensors &apos;history.{key}&apos; weicht von &apos;{key}&apos; des Modells ab</translation>
    </message>
    <message>
        <source>its history is inconsistent ({exc})</source>
        <translation>sein Verlauf ist widersprüchlich ({exc})</translation>
    </message>
</context>
<context>
    <name>ModelKind</name>
    <message>
        <source>Logistic regression</source>
        <extracomment>Logits of this many values at most are held at once while a step slice is computed.</extracomment>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>one sigmoid neuron (a softmax over three or more classes)</source>
        <translation>ein Sigmoid-Neuron (ein Softmax bei drei oder mehr Klassen)</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Verborgene Einheiten</translation>
    </message>
    <message>
        <source>units of the hidden layer</source>
        <translation>Einheiten der verborgenen Schicht</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>the hidden units&apos; activation</source>
        <translation>die Aktivierung der verborgenen Einheiten</translation>
    </message>
    <message>
        <source>Minibatches</source>
        <translation>Minibatches</translation>
    </message>
    <message>
        <source>minibatches per epoch (1 = full-batch gradient descent)</source>
        <translation>Minibatches pro Epoche (1 = Gradientenabstieg mit allen Daten)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>rows per minibatch, instead of a number of minibatches</source>
        <translation>Zeilen pro Minibatch, statt einer Anzahl von Minibatches</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1-Strafe</translation>
    </message>
    <message>
        <source>L1 penalty l1·|W| on the weights</source>
        <translation>L1-Strafe l1·|W| auf die Gewichte</translation>
    </message>
    <message>
        <source>Neural network (one hidden layer)</source>
        <translation>Neuronales Netz (eine verborgene Schicht)</translation>
    </message>
    <message>
        <source>one hidden layer of sigmoid, tanh or relu units, a softmax output</source>
        <translation>eine verborgene Schicht aus Sigmoid-, tanh- oder ReLU-Einheiten, eine Softmax-Ausgabe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>the kind of model to train</source>
        <translation>die Art des zu trainierenden Modells</translation>
    </message>
    <message>
        <source>Standardise inputs (zero mean, unit variance)</source>
        <translation>Eingaben standardisieren (Mittelwert 0, Varianz 1)</translation>
    </message>
    <message>
        <source>standardise features (zero mean, unit variance, fitted on the training set) instead of pixels/255</source>
        <translation>Merkmale standardisieren (Mittelwert 0, Varianz 1, an der Trainingsmenge angepasst) statt Pixel/255</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>seed for sampling, splits and initial weights</source>
        <translation>Startwert für Stichproben, Aufteilungen und Anfangsgewichte</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>step size of gradient descent; several, separated by commas or spaces, train one model each and compare</source>
        <translation>Schrittweite des Gradientenabstiegs; mehrere, durch Leerzeichen oder Semikolons getrennt, trainieren je ein Modell zum Vergleich</translation>
    </message>
    <message>
        <source>step size of gradient descent</source>
        <extracomment>The learning rate of one Playground pane: one rate (its own Race compares several).</extracomment>
        <translation>Schrittweite des Gradientenabstiegs</translation>
    </message>
    <message>
        <source>Record every</source>
        <translation>Aufzeichnen alle</translation>
    </message>
    <message>
        <source>record the cost, the accuracies and the weights every N steps; left unset, the network chooses from the data&apos;s size so that recording costs under a tenth of training</source>
        <translation>Kosten, Genauigkeiten und Gewichte alle N Schritte aufzeichnen; leer gelassen wählt das Netz nach der Datengröße, sodass das Aufzeichnen weniger als ein Zehntel des Trainings kostet</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2-Strafe</translation>
    </message>
    <message>
        <source>L2 penalty (l2/2)·||W||² on the weights</source>
        <translation>L2-Strafe (l2/2)·||W||² auf die Gewichte</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>gradient-descent iterations of one run (epochs for a network)</source>
        <translation>Iterationen des Gradientenabstiegs eines Laufs (Epochen beim Netz)</translation>
    </message>
</context>
<context>
    <name>RunName</name>
    <message>
        <source>standardised</source>
        <extracomment>A recorded cost this many times the one before marks a run as unstable. Full-batch gradient descent with a small enough rate never rises; minibatches add noise of a few per cent between epochs, which is not what a learner should be warned about.</extracomment>
        <translation>standardisiert</translation>
    </message>
    <message>
        <source>pixels ÷ 255</source>
        <translation>Pixel ÷ 255</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>Stopped before the first iteration.</source>
        <extracomment>Events reach the UI at most this often (seconds) while nothing visible happens. A paced run sleeps in slices this short, so Pause and Stop answer at once. The live run keeps at most this many recorded points for replay (thinned evenly beyond, last kept).</extracomment>
        <translation>Vor der ersten Iteration angehalten.</translation>
    </message>
    <message>
        <source>{steps} in {seconds} s</source>
        <translation>{steps} in {seconds} s</translation>
    </message>
    <message>
        <source>Stopped after {note}; the weights reached are kept</source>
        <translation>Nach {note} angehalten; die erreichten Gewichte werden behalten</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>Circles, squares and triangles: {count} colour pictures, 64×64, drawn on first use (3 classes)</source>
        <translation>Kreise, Quadrate und Dreiecke: {count} Farbbilder, 64×64, beim ersten Öffnen gezeichnet (3 Klassen)</translation>
    </message>
    <message>
        <source>Handwritten digits 0–9: {count} grayscale scans, 8×8 (10 classes; UCI, via scikit-learn)</source>
        <translation>Handgeschriebene Ziffern 0–9: {count} Graustufen-Scans, 8×8 (10 Klassen; UCI, über scikit-learn)</translation>
    </message>
    <message>
        <source>Unknown sample {name}; the samples are: {join}.</source>
        <extracomment>Recommended settings (keys as in TrainingSettings and ImageFormat), and what they reached when measured: shapes: train 99.7 %, test 95.6 %, cost 1.10 → 0.14 (the tutorials&apos; defaults); digits: train 98.5 %, test 97.5 %, cost 2.30 → 0.09, in under a second. Part of the cache folder&apos;s name: raise it whenever the generator draws different pixels, so an old copy is never mistaken for the new one. Written last into a generated sample; a folder without it is incomplete. Temporary folders older than this were left by a crashed process.</extracomment>
        <translation>Unbekanntes Beispiel {name}; die Beispiele sind: {join}.</translation>
    </message>
    <message>
        <source>The {name} sample is not installed: {folder} is missing.</source>
        <translation>Das Beispiel {name} ist nicht installiert: {folder} fehlt.</translation>
    </message>
    <message>
        <source>Cannot write the shapes sample to {parent}: {value}</source>
        <translation>Das Formen-Beispiel kann nicht nach {parent} geschrieben werden: {value}</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>{label} must be given.</source>
        <translation>{label} muss angegeben werden.</translation>
    </message>
    <message>
        <source>{label} must be true or false, not {value}.</source>
        <translation>{label} muss wahr oder falsch sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number, not {value}.</source>
        <translation>{label} muss eine ganze Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}.</source>
        <translation>{label} muss eine Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{label} must be a finite number, not {value}.</source>
        <translation>{label} muss eine endliche Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{label} must be a text, not {value}.</source>
        <translation>{label} muss ein Text sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{label} must be one of {join}, not {value}.</source>
        <translation>{label} muss eines von {join} sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{label} must be a JSON object, not {kind}.</source>
        <translation>{label} muss ein JSON-Objekt sein, nicht {kind}.</translation>
    </message>
    <message>
        <source>{label} must be a list, not {kind}.</source>
        <translation>{label} muss eine Liste sein, nicht {kind}.</translation>
    </message>
    <message>
        <source>{label} must hold at most {maximum} entries, not {count}.</source>
        <translation>{label} darf höchstens {maximum} Einträge enthalten, nicht {count}.</translation>
    </message>
    <message>
        <source>greater than {number}</source>
        <translation>größer als {number}</translation>
    </message>
    <message>
        <source>at least {number}</source>
        <translation>mindestens {number}</translation>
    </message>
    <message>
        <source>{label} must be {bound}, not {number}.</source>
        <extracomment>Learning rates and penalties above this are typing mistakes, not settings (and overflow float32 at once).</extracomment>
        <translation>{label} muss {bound} sein, nicht {number}.</translation>
    </message>
    <message>
        <source>{label} must be at most {number}, not {number2}.</source>
        <translation>{label} darf höchstens {number} sein, nicht {number2}.</translation>
    </message>
    <message>
        <source>{what} must be a JSON object, not {kind}.</source>
        <translation>{what} muss ein JSON-Objekt sein, nicht {kind}.</translation>
    </message>
    <message>
        <source>{what} holds an unknown entry {key}.</source>
        <translation>{what} enthält einen unbekannten Eintrag {key}.</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Das Modell</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <extracomment>every kind&apos;s settings; a kind&apos;s own come in its ``settings`` the common settings chosen beside a kind&apos;s own, in the window&apos;s form and as flags (the model is chosen first, by its own box or flag; the seed is the data&apos;s and the lesson&apos;s, with its own flag)</extracomment>
        <translation>Die Lernrate</translation>
    </message>
    <message>
        <source>The number of iterations</source>
        <translation>Die Anzahl der Iterationen</translation>
    </message>
    <message>
        <source>The number of epochs</source>
        <translation>Die Anzahl der Epochen</translation>
    </message>
    <message>
        <source>Record every</source>
        <translation>Aufzeichnen alle</translation>
    </message>
    <message>
        <source>The L2 penalty</source>
        <translation>Die L2-Strafe</translation>
    </message>
    <message>
        <source>The L1 penalty</source>
        <translation>Die L1-Strafe</translation>
    </message>
    <message>
        <source>The number of hidden units</source>
        <extracomment>Minibatches per epoch, and rows per minibatch. Hidden activations computed per block of grid rows: 256 K floats (1 MB) stay in the cache.</extracomment>
        <translation>Die Anzahl der verborgenen Einheiten</translation>
    </message>
    <message>
        <source>The activation</source>
        <translation>Die Aktivierung</translation>
    </message>
    <message>
        <source>The number of minibatches</source>
        <translation>Die Anzahl der Minibatches</translation>
    </message>
    <message>
        <source>The batch size</source>
        <translation>Die Batchgröße</translation>
    </message>
    <message>
        <source>Standardise</source>
        <translation>Standardisieren</translation>
    </message>
    <message>
        <source>The seed</source>
        <translation>Der Seed</translation>
    </message>
    <message>
        <source>An accuracy</source>
        <extracomment>the settings&apos; limits are the kinds&apos; (lrgui.kinds): re-exported for the readers of files</extracomment>
        <translation>Eine Genauigkeit</translation>
    </message>
    <message>
        <source>A count</source>
        <translation>Eine Anzahl</translation>
    </message>
    <message>
        <source>The model&apos;s settings</source>
        <translation>Die Einstellungen des Modells</translation>
    </message>
    <message>
        <source>The model&apos;s class list</source>
        <translation>Die Klassenliste des Modells</translation>
    </message>
    <message>
        <source>The training accuracy</source>
        <translation>Die Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>The test accuracy</source>
        <translation>Die Testgenauigkeit</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergiert</translation>
    </message>
    <message>
        <source>The instability note</source>
        <translation>Der Hinweis zur Instabilität</translation>
    </message>
    <message>
        <source>The unstable iteration</source>
        <translation>Die instabile Iteration</translation>
    </message>
    <message>
        <source>The cost&apos;s rise</source>
        <translation>Der Anstieg der Kosten</translation>
    </message>
    <message>
        <source>The playground&apos;s hidden units</source>
        <extracomment>The Playground&apos;s network: a few points on a plane, at most this many hidden units (each one&apos;s line is drawn).</extracomment>
        <translation>Die verborgenen Einheiten der Spielwiese</translation>
    </message>
    <message>
        <source>Show hidden lines</source>
        <extracomment>A pane&apos;s own entries beside its kind&apos;s Playground settings (lrgui.kinds.base.Playground)</extracomment>
        <translation>Verborgene Linien zeigen</translation>
    </message>
    <message>
        <source>The line&apos;s start chosen on the landscape</source>
        <translation>Der auf der Landschaft gewählte Start der Geraden</translation>
    </message>
    <message>
        <source>The trained pane</source>
        <translation>Der trainierte Bereich</translation>
    </message>
    <message>
        <source>The trained pane&apos;s activation</source>
        <extracomment>A trained pane as a lesson keeps it (its history thinned to at most this many points). a trained pane of a kind without an activation setting has none</extracomment>
        <translation>Die Aktivierung des trainierten Bereichs</translation>
    </message>
    <message>
        <source>The trained pane&apos;s history</source>
        <translation>Der Verlauf des trainierten Bereichs</translation>
    </message>
    <message>
        <source>The trained pane&apos;s accuracy</source>
        <translation>Die Genauigkeit des trainierten Bereichs</translation>
    </message>
    <message>
        <source>The trained pane&apos;s iteration</source>
        <translation>Die Iteration des trainierten Bereichs</translation>
    </message>
    <message>
        <source>The trained pane&apos;s costs</source>
        <translation>Die Kosten des trainierten Bereichs</translation>
    </message>
    <message>
        <source>The trained pane&apos;s advice</source>
        <translation>Der Rat des trainierten Bereichs</translation>
    </message>
    <message>
        <source>A recorded iteration</source>
        <translation>Eine aufgezeichnete Iteration</translation>
    </message>
    <message>
        <source>A recorded cost</source>
        <translation>Aufgezeichnete Kosten</translation>
    </message>
    <message>
        <source>A weight</source>
        <translation>Ein Gewicht</translation>
    </message>
    <message>
        <source>The playground&apos;s data set</source>
        <translation>Der Datensatz der Spielwiese</translation>
    </message>
    <message>
        <source>The playground&apos;s number of points</source>
        <translation>Die Punktzahl der Spielwiese</translation>
    </message>
    <message>
        <source>The playground&apos;s noise</source>
        <translation>Das Rauschen der Spielwiese</translation>
    </message>
    <message>
        <source>The playground&apos;s seed</source>
        <translation>Der Seed der Spielwiese</translation>
    </message>
    <message>
        <source>The playground&apos;s points</source>
        <translation>Die Punkte der Spielwiese</translation>
    </message>
    <message>
        <source>The playground&apos;s labels</source>
        <translation>Die Labels der Spielwiese</translation>
    </message>
    <message>
        <source>The playground&apos;s panes</source>
        <translation>Die Bereiche der Spielwiese</translation>
    </message>
    <message>
        <source>A point&apos;s coordinate</source>
        <translation>Die Koordinate eines Punkts</translation>
    </message>
    <message>
        <source>A point&apos;s label</source>
        <translation>Das Label eines Punkts</translation>
    </message>
    <message>
        <source>A run&apos;s curve</source>
        <extracomment>A run&apos;s curves hold at most this many (iteration, value) points each.</extracomment>
        <translation>Die Kurve eines Laufs</translation>
    </message>
    <message>
        <source>A run&apos;s recorded cost</source>
        <extracomment>a recorded value: a cost or an accuracy; null where it was not a finite number (a diverged run&apos;s cost)</extracomment>
        <translation>Ein aufgezeichneter Kostenwert eines Laufs</translation>
    </message>
    <message>
        <source>A run&apos;s recorded test cost</source>
        <translation>Ein aufgezeichneter Testkostenwert eines Laufs</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig gestoppt</translation>
    </message>
    <message>
        <source>Each point of a run&apos;s curve must be an iteration and a value.</source>
        <translation>Jeder Punkt der Kurve eines Laufs muss eine Iteration und ein Wert sein.</translation>
    </message>
    <message>
        <source>The unstable iteration must be given.</source>
        <translation>Die instabile Iteration muss angegeben sein.</translation>
    </message>
    <message>
        <source>The model&apos;s class list must hold texts only.</source>
        <translation>Die Klassenliste des Modells darf nur Texte enthalten.</translation>
    </message>
    <message>
        <source>The playground&apos;s points and labels must be two lists of the same length.</source>
        <translation>Die Punkte und Labels der Spielwiese müssen zwei Listen gleicher Länge sein.</translation>
    </message>
    <message>
        <source>Each of the playground&apos;s points must be a pair of numbers.</source>
        <translation>Jeder Punkt der Spielwiese muss ein Zahlenpaar sein.</translation>
    </message>
    <message>
        <source>The playground has no pane {kind}.</source>
        <translation>Die Spielwiese hat keinen Bereich {kind}.</translation>
    </message>
    <message>
        <source>Only the line&apos;s pane has a start, and it is three numbers (w₁, w₂, b).</source>
        <translation>Nur der Bereich der Geraden hat einen Start, und er besteht aus drei Zahlen (w₁, w₂, b).</translation>
    </message>
    <message>
        <source>Each point of a trained pane&apos;s history must be an iteration and its parameters.</source>
        <translation>Jeder Punkt im Verlauf eines trainierten Bereichs muss eine Iteration und ihre Parameter sein.</translation>
    </message>
    <message>
        <source>A trained {kind} pane&apos;s parameters must be {join}.</source>
        <translation>Die Parameter eines trainierten Bereichs {kind} müssen {join} sein.</translation>
    </message>
    <message>
        <source>Each of a trained pane&apos;s costs must be an iteration and a cost.</source>
        <translation>Alle Kosten eines trainierten Bereichs müssen eine Iteration und Kosten sein.</translation>
    </message>
    <message>
        <source>A trained pane&apos;s parameters must be numbers, vectors or small matrices.</source>
        <translation>Die Parameter eines trainierten Bereichs müssen Zahlen, Vektoren oder kleine Matrizen sein.</translation>
    </message>
    <message>
        <source>A trained {kind} pane&apos;s parameters do not have the shapes of its model.</source>
        <translation>Die Parameter eines trainierten Bereichs {kind} haben nicht die Formen seines Modells.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Unknown class {name}; the classes are: {join}.</source>
        <translation>Unbekannte Klasse {name}; die Klassen sind: {join}.</translation>
    </message>
    <message>
        <source>The class {positive} for one-vs-rest is not among the chosen classes.</source>
        <translation>Die Klasse {positive} für Eine-gegen-den-Rest ist nicht unter den gewählten Klassen.</translation>
    </message>
    <message>
        <source>The number of images per class must be at least 1, not {per_class}.</source>
        <translation>Die Anzahl der Bilder pro Klasse muss mindestens 1 sein, nicht {per_class}.</translation>
    </message>
    <message>
        <source>Choose at least two classes to train on.</source>
        <translation>Wähle mindestens zwei Klassen zum Trainieren.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The L1 penalty is only available for the neural network.</source>
        <translation>Die L1-Strafe gibt es nur für das neuronale Netz.</translation>
    </message>
    <message>
        <source>{text} is not a learning rate; separate rates with spaces or semicolons.</source>
        <translation>{text} ist keine Lernrate; trenne Raten durch Leerzeichen oder Semikolons.</translation>
    </message>
    <message>
        <source>Type one or more learning rates, separated by spaces.</source>
        <translation>Gib eine oder mehrere Lernraten ein, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Unknown model {model}; choose one of {join}.</source>
        <extracomment>a kind&apos;s older names (read from old files, never written) → its name</extracomment>
        <translation>Unbekanntes Modell {model}; wähle eines von {join}.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Unknown data source {kind}; choose one of {join}.</source>
        <extracomment>The share of each class held out for testing when the data bring no test set (the same for the command line and the app). Toy 2-D sets hold out nothing by default: four points cannot spare a test set. Photos are squashed to 64×64 colour unless the source or the user says otherwise.</extracomment>
        <translation>Unbekannte Datenquelle {kind}; wähle eine von {join}.</translation>
    </message>
    <message>
        <source>The test fraction must be at least 0 and below 1, not {test_fraction}.</source>
        <translation>Der Testanteil muss mindestens 0 und kleiner als 1 sein, nicht {test_fraction}.</translation>
    </message>
    <message>
        <source>folders {names}</source>
        <translation>Ordner {names}</translation>
    </message>
    <message>
        <source>{title} from {folder}</source>
        <translation>{title} aus {folder}</translation>
    </message>
    <message>
        <source>the {name} sample</source>
        <translation>das Beispiel {name}</translation>
    </message>
    <message>
        <source>the {name} set</source>
        <translation>der Datensatz {name}</translation>
    </message>
    <message>
        <source>Two classes are named {name}; give each class one name.</source>
        <translation>Zwei Klassen heißen {name}; gib jeder Klasse einen eigenen Namen.</translation>
    </message>
    <message>
        <source>The folder {folder} is given more than once; each folder may be used once.</source>
        <translation>Der Ordner {folder} ist mehrfach angegeben; jeder Ordner darf nur einmal verwendet werden.</translation>
    </message>
    <message>
        <source>The {title} data set has no option {key}; it takes {join}.</source>
        <translation>Der Datensatz {title} hat keine Option {key}; er nimmt {join}.</translation>
    </message>
    <message>
        <source>Unknown toy set {name}; choose one of {join}.</source>
        <extracomment>Training settings recommended per source and model (keys of TrainingSettings). Fashion-MNIST&apos;s network: the tutorial&apos;s 50 sigmoid units on 25 minibatches, standardised (train 93.4 %, test 87.9 % at 300 epochs).</extracomment>
        <translation>Unbekannter Spielzeug-Datensatz {name}; wähle einen von {join}.</translation>
    </message>
    <message>
        <source>Give one folder for {title}.</source>
        <translation>Gib einen Ordner für {title} an.</translation>
    </message>
    <message>
        <source>{images} excluded by you</source>
        <translation>{images} von dir ausgeschlossen</translation>
    </message>
    <message>
        <source>Excluding these images would leave no training images of {join}; include some of them again.</source>
        <translation>Diese Bilder auszuschließen ließe keine Trainingsbilder von {join} übrig; nimm einige davon wieder auf.</translation>
    </message>
    <message>
        <source>Unknown sample {name}; the samples are: {join}.</source>
        <translation>Unbekanntes Beispiel {name}; die Beispiele sind: {join}.</translation>
    </message>
    <message>
        <source>Give a folder of images: one folder per class, or one folder whose subfolders are the classes.</source>
        <translation>Gib einen Ordner mit Bildern an: ein Ordner pro Klasse oder ein Ordner, dessen Unterordner die Klassen sind.</translation>
    </message>
</context>
<context>
    <name>Toy</name>
    <message>
        <source>Unknown logic gate {name}; choose one of {join}.</source>
        <extracomment>Each gate&apos;s output for the rows of :data:`GATE_INPUTS`. Recommended settings per gate and model (keyword arguments of the estimators). Logistic regression reaches 100 % on AND and OR with these and stays at 50 % on XOR (its best line through the four points gives every one probability 0.5). The network&apos;s settings solve all three with a hidden layer of 4 when its initial weights are of order 1/√fan-in; weights of order 0.01 leave XOR stuck on a plateau. Full-batch steps: on the four corners that is what a batch of 4 was, and jittered copies (1,000 points) still train in a second instead of 40 with batches of 4.</extracomment>
        <translation>Unbekanntes Logikgatter {name}; wähle eines von {join}.</translation>
    </message>
    <message>
        <source>the {gate} gate: the four corners (0,0), (0,1), (1,0), (1,1); more points add noisy copies of the corners</source>
        <extracomment>A gate&apos;s description; {gate} is its title, filled in where it is shown (ToySet.describe)</extracomment>
        <translation>das {gate}-Gatter: die vier Ecken (0,0), (0,1), (1,0), (1,1); mehr Punkte fügen verrauschte Kopien der Ecken hinzu</translation>
    </message>
    <message>
        <source>Blobs</source>
        <extracomment>The toy data sets by the name the CLI and the app use. Settings measured with lrgui.core (see tests/test_toy.py for what each must reach).</extracomment>
        <translation>Wolken</translation>
    </message>
    <message>
        <source>round clouds around points on the unit circle, one per class</source>
        <translation>runde Wolken um Punkte auf dem Einheitskreis, eine pro Klasse</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>a ring of radius 1 around a ring of radius 0.5</source>
        <translation>ein Ring mit Radius 1 um einen Ring mit Radius 0,5</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>two interleaving half circles</source>
        <translation>zwei ineinandergreifende Halbkreise</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>two interleaved spiral arms of one and a half turns</source>
        <translation>zwei verschlungene Spiralarme mit je anderthalb Windungen</translation>
    </message>
    <message>
        <source>Unknown model {model}; choose one of {join}.</source>
        <extracomment>The recommended settings of every toy set: name → {&quot;logistic&quot;: {...}, &quot;mlp&quot;: {...}}.</extracomment>
        <translation>Unbekanntes Modell {model}; wähle eines von {join}.</translation>
    </message>
    <message>
        <source>The number of points</source>
        <translation>Die Anzahl der Punkte</translation>
    </message>
    <message>
        <source>The seed</source>
        <translation>Der Seed</translation>
    </message>
    <message>
        <source>The {title} data set has no option {unknown}; {allowed}.</source>
        <translation>Der Datensatz {title} hat keine Option {unknown}; {allowed}.</translation>
    </message>
    <message>
        <source>The number of classes</source>
        <translation>Die Anzahl der Klassen</translation>
    </message>
    <message>
        <source>{points} points cannot make {chosen} classes; give at least one per class.</source>
        <translation>{points} Punkte können keine {chosen} Klassen bilden; gib mindestens einen pro Klasse.</translation>
    </message>
    <message>
        <source>Unknown toy data set {name}; choose one of {join}.</source>
        <translation>Unbekannter Spielzeug-Datensatz {name}; wähle einen von {join}.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {value}.</source>
        <translation>{what} muss eine ganze Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}, not {value}.</source>
        <translation>{what} muss zwischen {low} und {high} liegen, nicht {value}.</translation>
    </message>
    <message>
        <source>The noise must be a number between 0 and {max_noise}, not {value}.</source>
        <translation>Das Rauschen muss eine Zahl zwischen 0 und {max_noise} sein, nicht {value}.</translation>
    </message>
</context>
<context>
    <name>TrainedModel</name>
    <message>
        <source>This model&apos;s outputs overflow on these images (its weights are too large to give finite probabilities), so it cannot predict; retrain it or use another model.</source>
        <translation>Die Ausgaben dieses Modells laufen bei diesen Bildern über (seine Gewichte sind zu groß für endliche Wahrscheinlichkeiten), daher kann es nicht vorhersagen; trainiere es neu oder nimm ein anderes Modell.</translation>
    </message>
    <message>
        <source>This model was not trained on images, so it cannot classify image files.</source>
        <translation>Dieses Modell wurde nicht mit Bildern trainiert, daher kann es keine Bilddateien klassifizieren.</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Cannot continue: the data loaded now differ from the model&apos;s (classes or image format); press Train to start a new model.</source>
        <extracomment>The snapshots of one run may take at most this much memory. the recorded cost is this many times the one before (&gt; 1.1), else None set when a Stop left the point it stopped at unmeasured (the model is the last recorded point): the iteration it stopped at, and the function that measures it and returns the whole run&apos;s result</extracomment>
        <translation>Weitermachen nicht möglich: Die jetzt geladenen Daten weichen von denen des Modells ab (Klassen oder Bildformat); drücke Trainieren, um ein neues Modell zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot continue from there: the model has no such recorded point.</source>
        <translation>Weitermachen von dort nicht möglich: Das Modell hat keinen solchen aufgezeichneten Punkt.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>n/a</source>
        <extracomment>What a value that does not exist (a precision when nothing was predicted as that class) reads as.</extracomment>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>always guessing {name} would score {percent}</source>
        <translation>immer {name} zu raten, ergäbe {percent}</translation>
    </message>
</context>
</TS>
