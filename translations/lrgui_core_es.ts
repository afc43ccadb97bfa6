<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Advice</name>
    <message>
        <source>Training diverged (the cost grew without bound or ended higher than it began): the learning rate {rate} is too large; try a smaller one, e.g. {smaller}.</source>
        <translation>El entrenamiento divergió (el coste creció sin límite o terminó más alto que al empezar): la tasa de aprendizaje {rate} es demasiado grande; prueba una más pequeña, p. ej. {smaller}.</translation>
    </message>
    <message>
        <source>The cost rose {factor} at epoch {step}: the learning rate is too large to descend smoothly; try a smaller one.</source>
        <translation>El coste subió {factor} en la época {step}: la tasa de aprendizaje es demasiado grande para descender con suavidad; prueba una más pequeña.</translation>
    </message>
    <message>
        <source>The cost rose {factor} at iteration {step}: the learning rate is too large to descend smoothly; try a smaller one.</source>
        <translation>El coste subió {factor} en la iteración {step}: la tasa de aprendizaje es demasiado grande para descender con suavidad; prueba una más pequeña.</translation>
    </message>
    <message>
        <source>A line cannot separate XOR: no straight line puts (0,1) and (1,0) on one side and (0,0) and (1,1) on the other. A hidden layer can: choose the neural network.</source>
        <extracomment>In the window&apos;s words; the command line adds its flag (``--model mlp``) itself.</extracomment>
        <translation>Una recta no puede separar XOR: ninguna recta deja (0,1) y (1,0) a un lado y (0,0) y (1,1) al otro. Una capa oculta sí puede: elige la red neuronal.</translation>
    </message>
    <message>
        <source>With lr {rate}, {sentence}</source>
        <translation>Con lr {rate}: {sentence}</translation>
    </message>
</context>
<context>
    <name>Boundary</name>
    <message>
        <source>A decision boundary needs points with two coordinates, not an array of shape {shape}.</source>
        <extracomment>Something that gives class probabilities: a fitted estimator, a TrainedModel (estimator and scaler), or f(X (m, 2) float32) → (m, k) or (m,) P(class 1). The extent of an empty plot (no points yet): the toy data sets live in it.</extracomment>
        <translation>Una frontera de decisión necesita puntos con dos coordenadas, no un array de forma {shape}.</translation>
    </message>
    <message>
        <source>The points contain NaN or infinite coordinates.</source>
        <translation>Los puntos contienen coordenadas NaN o infinitas.</translation>
    </message>
    <message>
        <source>The margin around the points must be a finite number ≥ 0, not {margin}.</source>
        <translation>El margen alrededor de los puntos debe ser un número finito ≥ 0, no {margin}.</translation>
    </message>
    <message>
        <source>The decision-boundary grid</source>
        <translation>La cuadrícula de la frontera de decisión</translation>
    </message>
    <message>
        <source>Hidden-unit lines need W1 of shape (2, h) and b1 of shape (h,), not {shape} and {shape2}.</source>
        <translation>Las rectas de las unidades ocultas necesitan W1 de forma (2, h) y b1 de forma (h,), no {shape} y {shape2}.</translation>
    </message>
    <message>
        <source>A grid&apos;s extent must be four numbers (xmin, xmax, ymin, ymax), not {extent}.</source>
        <translation>La extensión de una cuadrícula deben ser cuatro números (xmin, xmax, ymin, ymax), no {extent}.</translation>
    </message>
    <message>
        <source>A grid&apos;s extent must be finite with xmin &lt; xmax and ymin &lt; ymax, not {extent}.</source>
        <translation>La extensión de una cuadrícula debe ser finita con xmin &lt; xmax e ymin &lt; ymax, no {extent}.</translation>
    </message>
    <message>
        <source>The grid&apos;s {name} must be a whole number from {min_side} to {max_side}, not {value}.</source>
        <translation>{name} de la cuadrícula debe ser un número entero de {min_side} a {max_side}, no {value}.</translation>
    </message>
    <message>
        <source>A decision boundary can only be drawn for a model of two features; this one has {n}.</source>
        <translation>Una frontera de decisión solo se puede dibujar para un modelo de dos características; este tiene {n}.</translation>
    </message>
</context>
<context>
    <name>BoundaryImage</name>
    <message>
        <source>The boundary picture</source>
        <extracomment>The marker shapes, one per class: circle, square, triangle up, diamond, triangle down, pentagon, hexagon, star. How far towards the class colour the background goes: a little where the model is unsure (so the two sides of the boundary still differ by ≥ 40 levels), more where it is sure.</extracomment>
        <translation>La imagen de frontera</translation>
    </message>
    <message>
        <source>The boundary has {count} classes but {count2} class names were given.</source>
        <translation>La frontera tiene {count} clases, pero se dieron {count2} nombres de clase.</translation>
    </message>
    <message>
        <source>A boundary picture can show at most {count} classes, not {count2}.</source>
        <translation>Una imagen de frontera puede mostrar como mucho {count} clases, no {count2}.</translation>
    </message>
    <message>
        <source>A boundary grid must be (ny, nx) or (classes, ny, nx) with ny, nx ≥ 2, not {shape}.</source>
        <translation>Una cuadrícula de frontera debe ser (ny, nx) o (clases, ny, nx) con ny, nx ≥ 2, no {shape}.</translation>
    </message>
    <message>
        <source>The boundary grid holds NaN or infinite numbers.</source>
        <translation>La cuadrícula de frontera contiene números NaN o infinitos.</translation>
    </message>
    <message>
        <source>Cannot draw a boundary from a {name}; give a trained model or a grid.</source>
        <translation>No se puede dibujar una frontera a partir de un {name}; da un modelo entrenado o una cuadrícula.</translation>
    </message>
    <message>
        <source>There are {m} points but {count} labels.</source>
        <translation>Hay {m} puntos pero {count} etiquetas.</translation>
    </message>
    <message>
        <source>The label {unknown} is not one of the model&apos;s classes ({join}).</source>
        <translation>La etiqueta {unknown} no es una de las clases del modelo ({join}).</translation>
    </message>
    <message>
        <source>The boundary picture&apos;s size must be a whole number of pixels from {min_size} to {max_size}, not {size}.</source>
        <translation>El tamaño de la imagen de frontera debe ser un número entero de píxeles de {min_size} a {max_size}, no {size}.</translation>
    </message>
    <message>
        <source>Give a file name for the boundary picture, e.g. boundary.png.</source>
        <translation>Da un nombre de archivo para la imagen de frontera, p. ej. boundary.png.</translation>
    </message>
    <message>
        <source>The boundary picture is a PNG file: give a name ending in .png, not {path}.</source>
        <translation>La imagen de frontera es un archivo PNG: da un nombre que termine en .png, no {path}.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>The decoded images were not cached ({reason}), so they will be decoded again next time.</source>
        <extracomment>Temporary files older than this were left by a crashed process. A store is written only when the disk has this many times its size free. Bytes a store needs per entry besides its pixels (name, four integers, row, reason), a generous guess.</extracomment>
        <translation>Las imágenes decodificadas no se guardaron en caché ({reason}), así que se volverán a decodificar la próxima vez.</translation>
    </message>
    <message>
        <source>The decoded images were not cached: the disk holding {folder} has {bytes} free and caching needs {bytes2}, so they will be decoded again next time.</source>
        <translation>Las imágenes decodificadas no se guardaron en caché: el disco que contiene {folder} tiene {bytes} libres y la caché necesita {bytes2}, así que se volverán a decodificar la próxima vez.</translation>
    </message>
</context>
<context>
    <name>Cifar10</name>
    <message>
        <source>{source} is corrupt: a text in it is not valid UTF-8.</source>
        <extracomment>The folder the archive unpacks to; a user may pick the folder above it. A real batch is about 31 MB; a file many times larger is not one, and is refused before it is read. The most records a batch file of the largest size allowed can hold. ``batches.meta`` names at most this many classes, each in at most this many bytes. A real batch has about 50,000 instructions; far more means a file built to keep lrgui busy. The deepest the format nests: a dict holding lists, an array state holding a dtype state. Keys, file names and batch labels are short; longer text is not part of the format. Strings longer than this stay views of the file&apos;s bytes (the pixels) instead of being copied. The only globals a batch names, and what each may stand for. NumPy 1 pickles arrays through ``numpy.core.multiarray._reconstruct``, NumPy 2 through ``numpy._core.multiarray._reconstruct``; Python 3 writes protocol 2 bytes as ``_codecs.encode(text, &quot;latin1&quot;)`` and empty bytes as ``__builtin__.bytes()``. They are names to compare, never imported or called.</extracomment>
        <translation>{source} está dañado: un texto que contiene no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>{source} is truncated (the file ends too early); download it again.</source>
        <translation>{source} está truncado (el archivo termina demasiado pronto); descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>{source} is corrupt: it holds bytes that are not pickle instructions.</source>
        <translation>{source} está dañado: contiene bytes que no son instrucciones pickle.</translation>
    </message>
    <message>
        <source>{source} is not a CIFAR-10 {kind} file: {reason}.</source>
        <translation>{source} no es un archivo {kind} de CIFAR-10: {reason}.</translation>
    </message>
    <message>
        <source>lrgui refuses to load {value} from {source}: CIFAR-10 batch files never contain it, and a pickle that names it could run code.</source>
        <translation>lrgui se niega a cargar {value} de {source}: los archivos batch de CIFAR-10 nunca lo contienen, y un pickle que lo nombra podría ejecutar código.</translation>
    </message>
    <message>
        <source>{source} is not a CIFAR-10 batch file: {reason}.</source>
        <translation>{source} no es un archivo batch de CIFAR-10: {reason}.</translation>
    </message>
    <message>
        <source>{source} is not a CIFAR-10 meta file: {reason}.</source>
        <translation>{source} no es un archivo meta de CIFAR-10: {reason}.</translation>
    </message>
    <message>
        <source>{path} is {bytes}, larger than any CIFAR-10 batch file (about 30 MB), so lrgui does not read it.</source>
        <translation>{path} ocupa {bytes}, más que cualquier archivo batch de CIFAR-10 (unos 30 MB), así que lrgui no lo lee.</translation>
    </message>
    <message>
        <source>Reading {path}</source>
        <translation>Leer {path}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>No se puede leer {path}: {value}.</translation>
    </message>
    <message>
        <source>{path} grew while lrgui was reading it.</source>
        <translation>{path} creció mientras lrgui lo leía.</translation>
    </message>
    <message>
        <source>{path} needs more memory than this computer has left.</source>
        <translation>{path} necesita más memoria de la que le queda a este ordenador.</translation>
    </message>
    <message>
        <source>{path} is not a CIFAR-10 batch: it has no &apos;data&apos; and &apos;labels&apos; entries.</source>
        <translation>{path} no es un batch de CIFAR-10: no tiene entradas &apos;data&apos; y &apos;labels&apos;.</translation>
    </message>
    <message>
        <source>{path}: &apos;labels&apos; should be {count} integers, one per image, not {count2}.</source>
        <translation>{path}: &apos;labels&apos; debería tener {count} enteros, uno por imagen, no {count2}.</translation>
    </message>
    <message>
        <source>{path} names {count} files for {count2} images.</source>
        <translation>{path} nombra {count} archivos para {count2} imágenes.</translation>
    </message>
    <message>
        <source>{path} is not a CIFAR-10 meta file: it has no list of &apos;label_names&apos;.</source>
        <translation>{path} no es un archivo meta de CIFAR-10: no tiene una lista &apos;label_names&apos;.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>{folder} is the archive: extract it, then choose the {subfolder} folder it contains.</source>
        <translation>{folder} es el archivo comprimido: extráelo y elige después la carpeta {subfolder} que contiene.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose the folder that holds data_batch_1 … data_batch_5.</source>
        <translation>{folder} es un archivo; elige la carpeta que contiene data_batch_1 … data_batch_5.</translation>
    </message>
    <message>
        <source>No CIFAR-10 training batches (data_batch_1 … data_batch_5) in {folder}{found}.</source>
        <translation>No hay batches de entrenamiento de CIFAR-10 (data_batch_1 … data_batch_5) en {folder}{found}.</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <source>image</source>
        <extracomment>The nouns counted in sentences, singular and plural, so that a translation has each of them.</extracomment>
        <translation>imagen</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>training image</source>
        <translation>imagen de entrenamiento</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>test image</source>
        <translation>imagen de prueba</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>imágenes de prueba</translation>
    </message>
    <message>
        <source>training point</source>
        <translation>punto de entrenamiento</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>puntos de entrenamiento</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>punto de prueba</translation>
    </message>
    <message>
        <source>test points</source>
        <translation>puntos de prueba</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>clases</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <source>predictions</source>
        <translation>predicciones</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>característica</translation>
    </message>
    <message>
        <source>features</source>
        <translation>características</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iteraciones</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>ejecuciones</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{whole} (all to train)</source>
        <translation>{whole} (todas para entrenar)</translation>
    </message>
    <message>
        <source>{whole} ({train} to train, {test} to test)</source>
        <translation>{whole} ({train} para entrenar, {test} para probar)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>The image size must be a whole number of pixels, not {size}.</source>
        <extracomment>Image sides lrgui trains on: below 4 nothing is left to see, above 1,024 one photo is 3 million features and a class of them no longer fits in memory.</extracomment>
        <translation>El tamaño de imagen debe ser un número entero de píxeles, no {size}.</translation>
    </message>
    <message>
        <source>The image size must be between {min_image_size} and {max_image_size} pixels, not {size}.</source>
        <translation>El tamaño de imagen debe estar entre {min_image_size} y {max_image_size} píxeles, no {size}.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (exclusive), not {fraction}.</source>
        <translation>La fracción de prueba debe estar entre 0 y 1 (sin incluirlos), no {fraction}.</translation>
    </message>
    <message>
        <source>A test fraction of {fraction} leaves no image for testing; use a larger fraction.</source>
        <translation>Una fracción de prueba de {fraction} no deja ninguna imagen para probar; usa una fracción mayor.</translation>
    </message>
    <message>
        <source>Class {empty} has no usable images.</source>
        <translation>La clase {empty} no tiene imágenes utilizables.</translation>
    </message>
    <message>
        <source>Training needs at least two classes; found {count} ({names}).</source>
        <translation>El entrenamiento necesita al menos dos clases; encontradas: {count} ({names}).</translation>
    </message>
</context>
<context>
    <name>DatasetExport</name>
    <message>
        <source>These data are not images (such as the logic gates), so they cannot be exported as an image dataset.</source>
        <translation>Estos datos no son imágenes (como las puertas lógicas), así que no se pueden exportar como conjunto de imágenes.</translation>
    </message>
    <message>
        <source>Cannot write the dataset to {shown}: {value}.</source>
        <translation>No se puede escribir el conjunto de datos en {shown}: {value}.</translation>
    </message>
    <message>
        <source>The {which} set holds {dtype} rows of {value} values, not the {shape}×{shape2} uint8 images an image dataset needs.</source>
        <translation>El conjunto {which} contiene filas {dtype} de {value} valores, no las imágenes uint8 de {shape}×{shape2} que necesita un conjunto de imágenes.</translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>These data have no images to take a background from.</source>
        <extracomment>How many hidden units are shown with their weight images (&quot;the strongest&quot;). The flip plan marks pixels until their gains add up to this many times the margin (painting blurs a little). ... but never more than this share of the image. Training rows looked at to choose the background (a sample of them is as good as all).</extracomment>
        <translation>Estos datos no tienen imágenes de las que tomar un fondo.</translation>
    </message>
    <message>
        <source>Σ map {total}  +  b {bias}  =  {z} {logit}</source>
        <translation>Σ mapa {total}  +  b {bias}  =  {z} {logit}</translation>
    </message>
    <message>
        <source>gradient × input, Σ {total}; {z} = Σ hidden units {units} + b2 {bias}</source>
        <translation>gradiente × entrada, Σ {total}; {z} = Σ unidades ocultas {units} + b2 {bias}</translation>
    </message>
    <message>
        <source>The map is w ⊙ x for {name}, summed over the colour channels; its pixels add up, with the bias b, to the logit z exactly.</source>
        <translation>El mapa es w ⊙ x para {name}, sumado sobre los canales de color; sus píxeles, con el sesgo b, suman exactamente el logit z.</translation>
    </message>
    <message>
        <source>The network is not linear: the map is gradient × input (what a small change of each pixel would do); the logit is exactly the hidden units&apos; a·W2 added up, plus b2.</source>
        <translation>La red no es lineal: el mapa es gradiente × entrada (lo que haría un pequeño cambio de cada píxel); el logit es exactamente la suma de los a·W2 de las unidades ocultas, más b2.</translation>
    </message>
    <message>
        <source>This model was not trained on images, so it cannot look at a drawing.</source>
        <translation>Este modelo no se entrenó con imágenes, así que no puede mirar un dibujo.</translation>
    </message>
    <message>
        <source>lrgui cannot say what would flip a {name}.</source>
        <translation>lrgui no puede decir qué haría cambiar de opinión a un {name}.</translation>
    </message>
    <message>
        <source>This model was not trained on images, so there are no pixels to paint.</source>
        <translation>Este modelo no se entrenó con imágenes, así que no hay píxeles que pintar.</translation>
    </message>
    <message>
        <source>Flipped: it now says &lt;b&gt;{now}&lt;/b&gt; (the marks were for {target}).</source>
        <translation>Cambiado: ahora dice &lt;b&gt;{now}&lt;/b&gt; (las marcas eran para {target}).</translation>
    </message>
    <message>
        <source> (estimated from the gradient: the network is not linear)</source>
        <translation> (estimado a partir del gradiente: la red no es lineal)</translation>
    </message>
    <message>
        <source>No pixel erased moves it towards {target}; try the brush.</source>
        <translation>Ningún píxel borrado lo acerca a {target}; prueba el pincel.</translation>
    </message>
    <message>
        <source>No pixel painted {colour} moves it towards {target}; try another colour, or the eraser.</source>
        <translation>Ningún píxel pintado de {colour} lo acerca a {target}; prueba otro color, o la goma.</translation>
    </message>
    <message>
        <source>Even all {count} marked pixels erased would not make it {target}{approx}; try the brush.</source>
        <translation>Ni siquiera los {count} píxeles marcados, todos borrados, lo convertirían en {target}{approx}; prueba el pincel.</translation>
    </message>
    <message>
        <source>Even all {count} marked pixels painted {colour} would not make it {target}{approx}; try another colour, or the eraser.</source>
        <translation>Ni siquiera los {count} píxeles marcados, todos pintados de {colour}, lo convertirían en {target}{approx}; prueba otro color, o la goma.</translation>
    </message>
    <message>
        <source>Erase the {count} marked pixels to make it say &lt;b&gt;{target}&lt;/b&gt;{approx}.</source>
        <translation>Borra los {count} píxeles marcados para que diga &lt;b&gt;{target}&lt;/b&gt;{approx}.</translation>
    </message>
    <message>
        <source>Paint the {count} marked pixels {colour} to make it say &lt;b&gt;{target}&lt;/b&gt;{approx}.</source>
        <translation>Pinta los {count} píxeles marcados de {colour} para que diga &lt;b&gt;{target}&lt;/b&gt;{approx}.</translation>
    </message>
    <message>
        <source>Cannot make the class folder {folder}: {reason}.</source>
        <extracomment>File names of saved drawings: drawing-0001.png, drawing-0002.png, …</extracomment>
        <translation>No se puede crear la carpeta de clase {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot save the drawing into {folder}: it is not a folder.</source>
        <translation>No se puede guardar el dibujo en {folder}: no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {value}: {value2}.</source>
        <translation>No se puede escribir {value}: {value2}.</translation>
    </message>
    <message>
        <source>Cannot save the drawing into {folder}: too many drawings there already.</source>
        <translation>No se puede guardar el dibujo en {folder}: ya hay demasiados dibujos.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>A decision threshold applies to two classes only; this model has {count}.</source>
        <extracomment>Rows predicted at once: the float features of a block are the only copy of the data made.</extracomment>
        <translation>Un umbral de decisión solo se aplica a dos clases; este modelo tiene {count}.</translation>
    </message>
    <message>
        <source>The decision threshold must be a number between 0 and 1, not {threshold}.</source>
        <translation>El umbral de decisión debe ser un número entre 0 y 1, no {threshold}.</translation>
    </message>
    <message>
        <source>The decision threshold must be between 0 and 1 (exclusive), not {threshold}.</source>
        <translation>El umbral de decisión debe estar entre 0 y 1 (sin incluirlos), no {threshold}.</translation>
    </message>
    <message>
        <source>The images ({shape}) do not have the {expected} values per image this model expects.</source>
        <translation>Las imágenes ({shape}) no tienen los {expected} valores por imagen que espera este modelo.</translation>
    </message>
    <message>
        <source>There are {count} images but {count2} labels.</source>
        <translation>Hay {count} imágenes pero {count2} etiquetas.</translation>
    </message>
    <message>
        <source>There are {count} images but {count2} paths.</source>
        <translation>Hay {count} imágenes pero {count2} rutas.</translation>
    </message>
    <message>
        <source>There are no images to evaluate.</source>
        <translation>No hay imágenes que evaluar.</translation>
    </message>
    <message>
        <source>None of the {count} belongs to a class the model knows ({join}).</source>
        <translation>Ninguna de las {count} pertenece a una clase que el modelo conozca ({join}).</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>Kept {run}: the lowest cost on the test images ({cost}).</source>
        <translation>Se conserva {run}: el coste más bajo en las imágenes de prueba ({cost}).</translation>
    </message>
    <message>
        <source>Kept {run}: the lowest final training cost ({cost}; there is no test set to judge by).</source>
        <translation>Se conserva {run}: el coste final de entrenamiento más bajo ({cost}; no hay conjunto de prueba con el que juzgar).</translation>
    </message>
    <message>
        <source>run {number}</source>
        <translation>la ejecución {number}</translation>
    </message>
    <message>
        <source>learning rate {rate}</source>
        <translation>la tasa de aprendizaje {rate}</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>The image has {values} values, but this model expects {expected}.</source>
        <translation>La imagen tiene {values} valores, pero este modelo espera {expected}.</translation>
    </message>
    <message>
        <source>{label} is not one of the model&apos;s classes ({classes}).</source>
        <translation>{label} no es una de las clases del modelo ({classes}).</translation>
    </message>
    <message>
        <source>lrgui cannot explain a {name}.</source>
        <translation>lrgui no puede explicar un {name}.</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>paso hacia delante</translation>
    </message>
    <message>
        <source>z = Σ wᵢxᵢ + b  (positive contributions + negative contributions + b)</source>
        <translation>z = Σ wᵢxᵢ + b  (contribuciones positivas + contribuciones negativas + b)</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>a = σ({z}) = {a}, the probability of {name}</source>
        <translation>a = σ({z}) = {a}, la probabilidad de {name}</translation>
    </message>
    <message>
        <source>true label {label}, y = {y}: L = {term} = −log {shown} = {loss}</source>
        <translation>etiqueta verdadera {label}, y = {y}: L = {term} = −log {shown} = {loss}</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>gradient of the weights</source>
        <translation>gradiente de los pesos</translation>
    </message>
    <message>
        <source>gradient of the bias</source>
        <translation>gradiente del sesgo</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <source>ŷ = {one} if a &gt; 0.5, else {zero}</source>
        <translation>ŷ = {one} si a &gt; 0,5; si no, {zero}</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>capa oculta</translation>
    </message>
    <message>
        <source>{count} {activation} units computed from the {features} features</source>
        <translation>{count} unidades {activation} calculadas a partir de las {features} características</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>activation (softmax)</source>
        <translation>activación (softmax)</translation>
    </message>
    <message>
        <source>true label {label}: L = −log {shown} = {loss}</source>
        <translation>etiqueta verdadera {label}: L = −log {shown} = {loss}</translation>
    </message>
    <message>
        <source>output error</source>
        <translation>error de salida</translation>
    </message>
    <message>
        <source>δ_c = p_c − y_c  (backpropagated to W2, b2, W1, b1)</source>
        <translation>δ_c = p_c − y_c  (retropropagado a W2, b2, W1, b1)</translation>
    </message>
    <message>
        <source>ŷ = the class with the largest p_c</source>
        <translation>ŷ = la clase con el mayor p_c</translation>
    </message>
    <message>
        <source>W ← W − lr·dW, b ← b − lr·db  (both layers)</source>
        <translation>W ← W − lr·dW, b ← b − lr·db  (ambas capas)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>lr = {lr}: b2_{name} moves by −lr·δ_c = {change}</source>
        <translation>lr = {lr}: b2_{name} cambia en −lr·δ_c = {change}</translation>
    </message>
    <message>
        <source>  (dw includes the L2 term l2·w, l2 = {l2})</source>
        <translation>  (dw incluye el término L2 l2·w, l2 = {l2})</translation>
    </message>
    <message>
        <source>lr = {lr}: one step on this image alone would move z by {change}</source>
        <translation>lr = {lr}: un paso solo con esta imagen movería z en {change}</translation>
    </message>
    <message>
        <source>predicted {name} with probability {p}</source>
        <translation>{name} predicho con probabilidad {p}</translation>
    </message>
    <message>
        <source>(needs the true label)</source>
        <translation>(necesita la etiqueta verdadera)</translation>
    </message>
    <message>
        <source>the map: w ⊙ x over {features} features for {name}; its sum {total} + b {bias} = z {z}</source>
        <translation>el mapa: w ⊙ x sobre {features} características para {name}; su suma {total} + b {bias} = z {z}</translation>
    </message>
    <message>
        <source>the map: gradient × input of z_{name}; its sum {total} is not z − b2 ({z}), because the network is not linear</source>
        <translation>el mapa: gradiente × entrada de z_{name}; su suma {total} no es z − b2 ({z}), porque la red no es lineal</translation>
    </message>
</context>
<context>
    <name>ExplainImage</name>
    <message>
        <source>This model does not work on images, so there is no picture to draw its explanation on.</source>
        <extracomment>The enlarged image&apos;s side is kept at most this many pixels: a 1024-pixel model image is not enlarged 8 times. Contributions at or above this percentile of |contribution| get the full opacity.</extracomment>
        <translation>Este modelo no trabaja con imágenes, así que no hay ninguna imagen sobre la que dibujar su explicación.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the explanations: {value}.</source>
        <translation>No se puede crear la carpeta {folder} para las explicaciones: {value}.</translation>
    </message>
    <message>
        <source>Cannot write the explanations to {folder}: permission denied.</source>
        <translation>No se pueden escribir las explicaciones en {folder}: permiso denegado.</translation>
    </message>
</context>
<context>
    <name>ExportNumpy</name>
    <message>
        <source>This model was not trained on images, so it cannot be exported as an image-classifying script.</source>
        <translation>Este modelo no se entrenó con imágenes, así que no se puede exportar como script de clasificación de imágenes.</translation>
    </message>
    <message>
        <source>The script template {template_path} has no place for the model&apos;s part.</source>
        <translation>La plantilla de script {template_path} no tiene lugar para la parte del modelo.</translation>
    </message>
    <message>
        <source>Cannot create the folder {out_dir}: {value}.</source>
        <translation>No se puede crear la carpeta {out_dir}: {value}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{shown} is not a regular file (a folder, a device or a pipe), so lrgui does not read it.</source>
        <extracomment>What a temporary file&apos;s name adds around its random part: ``.lrgui-XXXXXXXX.tmp``, short whatever the target&apos;s name. What the command line tells the user to add to replace an existing file.</extracomment>
        <translation>{shown} no es un archivo normal (una carpeta, un dispositivo o una tubería), así que lrgui no lo lee.</translation>
    </message>
    <message>
        <source>The file {shown} does not exist.</source>
        <translation>El archivo {shown} no existe.</translation>
    </message>
    <message>
        <source>lrgui may not read {shown} (permission denied).</source>
        <translation>lrgui no puede leer {shown} (permiso denegado).</translation>
    </message>
    <message>
        <source>Cannot read {shown}: {value}.</source>
        <translation>No se puede leer {shown}: {value}.</translation>
    </message>
    <message>
        <source>{value}{noun} not found: {shown}.</source>
        <translation>{value}{noun} no encontrado: {shown}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {value}.</source>
        <translation>No se puede leer {name}: {value}.</translation>
    </message>
    <message>
        <source>{name} is {of}, not {what}, so lrgui does not open it.</source>
        <translation>{name} es {of}, no {what}, así que lrgui no lo abre.</translation>
    </message>
    <message>
        <source>{name} is {kind}, not {what}, so lrgui does not open it.</source>
        <translation>{name} es {kind}, no {what}, así que lrgui no lo abre.</translation>
    </message>
    <message>
        <source>{name} is {bytes}, larger than {what} can be (at most {bytes2}).</source>
        <translation>{name} ocupa {bytes}, más de lo que puede ocupar {what} (como mucho {bytes2}).</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>{name} changed while it was being read; please try again.</source>
        <translation>{name} cambió mientras se leía; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot write {what} to {shown}: {value}.</source>
        <translation>No se puede escribir {what} en {shown}: {value}.</translation>
    </message>
    <message>
        <source>No file name was given to write {what} to; give one{hint}.</source>
        <translation>No se dio ningún nombre de archivo para escribir {what}; da uno{hint}.</translation>
    </message>
    <message>
        <source>Cannot write {what} to {shown}: {problem}.</source>
        <translation>No se puede escribir {what} en {shown}: {problem}.</translation>
    </message>
    <message>
        <source>No folder was given to write {what} into; give the name of a new or empty folder.</source>
        <translation>No se dio ninguna carpeta en la que escribir {what}; da el nombre de una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: part of that path is a file, not a folder.</source>
        <translation>No se puede escribir {what} en {shown}: parte de esa ruta es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: {value}.</source>
        <translation>No se puede escribir {what} en {shown}: {value}.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: it is {of}, not a folder.</source>
        <translation>No se puede escribir {what} en {shown}: es {of}, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: no permission to write in that folder.</source>
        <translation>No se puede escribir {what} en {shown}: no hay permiso de escritura en esa carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: the folder is not empty (it holds {shown2}{value}); give a new or empty folder{extra}.</source>
        <translation>No se puede escribir {what} en {shown}: la carpeta no está vacía (contiene {shown2}{value}); da una carpeta nueva o vacía{extra}.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: its {shown2} is one of the files being read.</source>
        <translation>No se puede escribir {what} en {shown}: su {shown2} es uno de los archivos que se están leyendo.</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Cannot read folder {folder}: {reason}.</source>
        <extracomment>Why a symlinked image file is not used.</extracomment>
        <translation>No se puede leer la carpeta {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>No se puede usar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Folder not found: {path}</source>
        <translation>Carpeta no encontrada: {path}</translation>
    </message>
    <message>
        <source>Not a folder: {path}</source>
        <translation>No es una carpeta: {path}</translation>
    </message>
    <message>
        <source>Cannot read folder {path}: {reason}.</source>
        <translation>No se puede leer la carpeta {path}: {reason}.</translation>
    </message>
    <message>
        <source>No folder given.</source>
        <translation>No se indicó ninguna carpeta.</translation>
    </message>
    <message>
        <source>Two class folders are both named {name}; rename one of them.</source>
        <translation>Dos carpetas de clase se llaman {name}; cambia el nombre de una de ellas.</translation>
    </message>
    <message>
        <source>The test folder {test_folder} overlaps the training folder {train_folder}: a test must use images the model was not trained on.</source>
        <translation>La carpeta de prueba {test_folder} se solapa con la carpeta de entrenamiento {train_folder}: una prueba debe usar imágenes con las que el modelo no se entrenó.</translation>
    </message>
    <message>
        <source>Test folder {value} is class {name}, which is not a training class ({known}).</source>
        <translation>La carpeta de prueba {value} es la clase {name}, que no es una clase de entrenamiento ({known}).</translation>
    </message>
</context>
<context>
    <name>Idx</name>
    <message>
        <source>{path} is truncated (the compressed file ends too early).</source>
        <extracomment>IDX datasets are vectors (labels), matrices or stacks of images; more dimensions is not a dataset. Image sides lrgui reads from a file: below 4 nothing is left to see, above 1,024 it is not a dataset of icons. (images, labels) file names of each split, without the optional &quot;.gz&quot;. Decompressed in pieces of this size, so no read asks zlib for more than it may produce.</extracomment>
        <translation>{path} está truncado (el archivo comprimido termina demasiado pronto).</translation>
    </message>
    <message>
        <source>{path} is a corrupt gzip file ({reason}); download it again.</source>
        <translation>{path} es un archivo gzip dañado ({reason}); descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>{path} is a corrupt gzip file (its compressed data is damaged); download it again.</source>
        <translation>{path} es un archivo gzip dañado (sus datos comprimidos están dañados); descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>lrgui may not read {path} (permission denied).</source>
        <translation>lrgui no puede leer {path} (permiso denegado).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>No se puede leer {path}: {value}.</translation>
    </message>
    <message>
        <source>{path} is too large to load into memory.</source>
        <translation>{path} es demasiado grande para cargarlo en memoria.</translation>
    </message>
    <message>
        <source>{path} is not an IDX file (its first bytes are not an IDX header).</source>
        <translation>{path} no es un archivo IDX (sus primeros bytes no son una cabecera IDX).</translation>
    </message>
    <message>
        <source>{path} declares {ndim} dimensions, but IDX datasets have 1 to {max_dimensions}.</source>
        <translation>{path} declara {ndim} dimensiones, pero los conjuntos IDX tienen de 1 a {max_dimensions}.</translation>
    </message>
    <message>
        <source>{path} is truncated: it ends inside the header.</source>
        <translation>{path} está truncado: termina dentro de la cabecera.</translation>
    </message>
    <message>
        <source>{path} declares an empty array (shape {join}).</source>
        <translation>{path} declara un array vacío (forma {join}).</translation>
    </message>
    <message>
        <source>The array declared in {path}</source>
        <translation>El array declarado en {path}</translation>
    </message>
    <message>
        <source>{path} is corrupt: its gzip trailer gives another length than the {text} values its IDX header announces.</source>
        <translation>{path} está dañado: su cola gzip da otra longitud que los {text} valores que anuncia su cabecera IDX.</translation>
    </message>
    <message>
        <source>{path} is truncated: its header announces {shape} values ({bytes}) but only {bytes2} follow.</source>
        <translation>{path} está truncado: su cabecera anuncia {shape} valores ({bytes}) pero solo siguen {bytes2}.</translation>
    </message>
    <message>
        <source>{path} is corrupt: more data follows the {shape} values its header announces.</source>
        <translation>{path} está dañado: siguen más datos tras los {shape} valores que anuncia su cabecera.</translation>
    </message>
    <message>
        <source>{path} should hold uint8 images (m × rows × columns), not {found}.</source>
        <translation>{path} debería contener imágenes uint8 (m × filas × columnas), no {found}.</translation>
    </message>
    <message>
        <source>{path} holds {rows} × {columns} images; lrgui reads images from {min_image_side} × {min_image_side} to {max_image_side} × {max_image_side} pixels.</source>
        <translation>{path} contiene imágenes de {rows} × {columns}; lrgui lee imágenes de {min_image_side} × {min_image_side} a {max_image_side} × {max_image_side} píxeles.</translation>
    </message>
    <message>
        <source>{path} should hold one integer label per image, not an array of {found}.</source>
        <translation>{path} debería contener una etiqueta entera por imagen, no un array de {found}.</translation>
    </message>
    <message>
        <source>{path} holds labels of type {dtype}, but IDX label files hold unsigned bytes (0x08).</source>
        <translation>{path} contiene etiquetas de tipo {dtype}, pero los archivos de etiquetas IDX contienen bytes sin signo (0x08).</translation>
    </message>
    <message>
        <source>{name} has {value} images but {name2} has {value2} labels.</source>
        <translation>{name} tiene {value} imágenes pero {name2} tiene {value2} etiquetas.</translation>
    </message>
    <message>
        <source>{name} has no labels: {labels_name}[.gz] is missing from {folder}.</source>
        <translation>{name} no tiene etiquetas: falta {labels_name}[.gz] en {folder}.</translation>
    </message>
    <message>
        <source>The {images_name} split</source>
        <translation>La parte {images_name}</translation>
    </message>
    <message>
        <source>{labels_path} has label {value}; Fashion-MNIST labels are 0–{value2}.</source>
        <translation>{labels_path} tiene la etiqueta {value}; las etiquetas de Fashion-MNIST van de 0 a {value2}.</translation>
    </message>
    <message>
        <source>No Fashion-MNIST training images ({images_name}[.gz]) in {folder}.</source>
        <translation>No hay imágenes de entrenamiento de Fashion-MNIST ({images_name}[.gz]) en {folder}.</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>decoding it would need about {bytes} of memory ({value}), more than lrgui gives one image ({bytes2})</source>
        <extracomment>File name endings read as images; everything else in a folder is ignored. Files that operating systems leave in folders, ignored without a word. Larger images are refused before decoding (a &quot;decompression bomb&quot; header can claim 10^10 pixels in a few bytes). 8000 × 6000 photos pass. Bilinear with Pillow&apos;s antialiasing support scaled to the reduction factor. The memory all decoding threads together may use for the images they are decoding, and so the most one image may take (decoded pixels and every working copy up to the small row; see :func:`decode_memory`). A 48-megapixel RGB PNG (549 MB) passes; a 12,000 × 12,000 16-bit RGBA PNG (about 3.2 GB) is refused. Images needing at most this are decoded without taking from the budget: eight threads of them hold 8 MB. Bytes Pillow stores per pixel, by mode: one for 8-bit single-band modes, two for 16-bit grey, four otherwise (multi-band images are stored as 32 bits a pixel whatever their bands). Bytes per pixel of the working copies _to_mode makes on the way to &apos;RGB&apos; or &apos;L&apos; (see _to_mode).</extracomment>
        <translation>decodificarla necesitaría unos {bytes} de memoria ({value}), más de lo que lrgui da a una imagen ({bytes2})</translation>
    </message>
    <message>
        <source>image too large: {width} × {height} pixels (the limit is {max_pixels})</source>
        <extracomment>The one budget every decoding thread of the process shares.</extracomment>
        <translation>imagen demasiado grande: {width} × {height} píxeles (el límite es {max_pixels})</translation>
    </message>
    <message>
        <source>not an image file Pillow can read</source>
        <translation>no es un archivo de imagen que Pillow pueda leer</translation>
    </message>
    <message>
        <source>image too large ({exc})</source>
        <translation>imagen demasiado grande ({exc})</translation>
    </message>
    <message>
        <source>image too large to decode</source>
        <translation>imagen demasiado grande para decodificarla</translation>
    </message>
    <message>
        <source>not a regular file (a folder, named pipe, device or socket)</source>
        <extracomment>Every JPEG file starts with the SOI marker. Larger files are left to Pillow, which reads them from the file instead of from memory. Decoded sizes above this are left to Pillow, whose decoding holds its bytes of the decoding budget. The colour spaces whose decoding Pillow leaves entirely to libjpeg: YCbCr and grey.</extracomment>
        <translation>no es un archivo normal (una carpeta, una tubería con nombre, un dispositivo o un socket)</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>archivo vacío (0 bytes)</translation>
    </message>
    <message>
        <source>could not resize the {width} × {height} image to {size} × {size}{reason}</source>
        <translation>no se pudo redimensionar la imagen de {width} × {height} a {size} × {size}{reason}</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>CIFAR-10 (python batches)</source>
        <extracomment>the files it reads from its folder (a lesson&apos;s digest covers those, not the folder&apos;s other files)</extracomment>
        <translation>CIFAR-10 (batches de Python)</translation>
    </message>
    <message>
        <source>the folder with data_batch_1 … data_batch_5, test_batch and batches.meta</source>
        <translation>la carpeta con data_batch_1 … data_batch_5, test_batch y batches.meta</translation>
    </message>
    <message>
        <source>Fashion-MNIST (IDX files)</source>
        <translation>Fashion-MNIST (archivos IDX)</translation>
    </message>
    <message>
        <source>the folder with train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz and the t10k-* files</source>
        <translation>la carpeta con train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz y los archivos t10k-*</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>The cost landscape is drawn for a logistic regression of two features and two classes.</source>
        <extracomment>The pairs a landscape can show (the first is the default). Grid points per side, when the data allow it (see :func:`grid_side`). At most this many (grid point × data row) terms per grid: its time is bounded before the work starts. The fewest grid points per side a large data set is drawn with. float32 values of one block of grid rows × data rows (256 KB: stays in the cache through its seven passes). The product form of the grid is used while every product of factors 1 + e^z stays below e^80 (float32 holds up to e^88); up to this many rows&apos; factors are multiplied before one logarithm is taken. Up to this much work a grid takes well under 20 ms: it may be computed where it is asked for. Filled contour bands; a range wider than this ratio gets logarithmic levels. Samples of a step slice per learning rate (α = lr is sample number STEPS_PER_RATE). At most this many (sample × row × hidden unit) terms in a network&apos;s slice: each sample is a pass of a dozen float64 operations over the hidden layer (Caltech-sized photos and 50 units: 17 per rate).
----------
minibatches per epoch of the network (1: full batch)</extracomment>
        <translation>El paisaje del coste se dibuja para una regresión logística de dos características y dos clases.</translation>
    </message>
    <message>
        <source>A landscape shows two of {join}, not {pair}.</source>
        <translation>Un paisaje muestra dos de {join}, no {pair}.</translation>
    </message>
    <message>
        <source>The step slice is drawn for a model trained by gradient descent.</source>
        <extracomment>What an explanation explains (lrgui.session.explain): one sigmoid logit, the softmax&apos;s logits, a network&apos;s. settings of one group say one thing two ways: a flag of the group excludes the others (--batches, --batch-size) the check run after the field&apos;s own (a named function of lrgui.kinds.checks, looked up when called) what one press of a box&apos;s arrow adds (0: the box&apos;s own step) the one name of the kind: in settings, lessons, model files and ``--model`` other names read from older files (never written) what one step of training is called (&quot;iteration&quot;, &quot;epoch&quot;); a kind that trains in one step says &quot;step&quot; False for a model fitted in one step (no curve to follow, nothing to continue) the non-array entries of the estimator&apos;s get_state(), kept in a model file&apos;s metadata True when the logits are linear in the features (a flip plan is then exact; XOR is out of its reach) True when training starts from all-zero weights (else from weights drawn with the seed) True when its cost over its weights is drawn as a landscape (two features: w₁, w₂, b): its Playground pane then shows the landscape, starts from a point chosen on it and races from there its pane in the Playground (None: not offered there)</extracomment>
        <translation>El corte del paso se dibuja para un modelo entrenado por descenso de gradiente.</translation>
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
        <translation>No se dio ningún nombre de archivo para el modelo convertido; omite NEW para usar el nombre por defecto junto al archivo antiguo.</translation>
    </message>
    <message>
        <source>{name} is not an old lrgui model (it is not an HDF5 file).</source>
        <translation>{name} no es un modelo antiguo de lrgui (no es un archivo HDF5).</translation>
    </message>
    <message>
        <source>Cannot start the model converter: {value}.</source>
        <translation>No se puede iniciar el conversor de modelos: {value}.</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Gates: AND, OR, XOR</source>
        <extracomment>lesson.json, raw: checked (declared, then as it inflates) before parsing. Parsed, JSON can take ~20 times its size in Python objects (``[[],[],...]``), so 16 MB keeps a hostile document under 400 MB. The model member, counted as it inflates: it, the parser&apos;s copy and the arrays stay under 1 GB together. The archive itself: both members, stored, and zip&apos;s own records Members are inflated this much at a time, each chunk counted The built-in lessons, in the order offered (Help → Lessons): file stem → title.</extracomment>
        <translation>Puertas: AND, OR, XOR</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formas</translation>
    </message>
    <message>
        <source>Draw a shape</source>
        <translation>Dibuja una forma</translation>
    </message>
    <message>
        <source>Airplanes vs motorbikes</source>
        <translation>Aviones contra motos</translation>
    </message>
    <message>
        <source>Bird or not</source>
        <translation>Pájaro o no</translation>
    </message>
    <message>
        <source>Fashion with a hidden layer</source>
        <translation>Moda con una capa oculta</translation>
    </message>
    <message>
        <source>Gates: AND, OR, XOR — what one line can and cannot separate.</source>
        <translation>Puertas: AND, OR, XOR — lo que una recta puede separar y lo que no.</translation>
    </message>
    <message>
        <source>WHAT TO SHOW</source>
        <translation>QUÉ MOSTRAR</translation>
    </message>
    <message>
        <source>1. Open the Playground tab. Choose AND in the Data list and press &quot;Train both&quot;. Both models reach 100 %: one straight line puts (1,1) on one side and the other three corners on the other.</source>
        <translation>1. Abre la pestaña Zona de pruebas. Elige AND en la lista Datos y pulsa «Entrenar ambos». Los dos modelos llegan al 100 %: una recta deja (1,1) a un lado y las otras tres esquinas al otro.</translation>
    </message>
    <message>
        <source>2. Choose OR: the same, with the line moved.</source>
        <translation>2. Elige OR: lo mismo, con la recta desplazada.</translation>
    </message>
    <message>
        <source>3. Choose XOR (the lesson opens on it) and press &quot;Train both&quot;. The logistic regression stays at 50 %: every corner gets probability 0.5. The network with 4 hidden units reaches 100 %.</source>
        <translation>3. Elige XOR (la lección se abre con él) y pulsa «Entrenar ambos». La regresión logística se queda en el 50 %: cada esquina recibe probabilidad 0,5. La red con 4 unidades ocultas llega al 100 %.</translation>
    </message>
    <message>
        <source>4. Tick &quot;Show the hidden units&apos; lines&quot; on the right: each hidden unit draws its own line; the output combines them into a band that no single line can make.</source>
        <translation>4. Marca «Mostrar las rectas de las unidades ocultas» a la derecha: cada unidad oculta traza su propia recta; la salida las combina en una banda que ninguna recta sola puede formar.</translation>
    </message>
    <message>
        <source>5. Drag the history sliders to watch the boundaries move during training.</source>
        <translation>5. Arrastra los deslizadores del historial para ver cómo se mueven las fronteras durante el entrenamiento.</translation>
    </message>
    <message>
        <source>6. The cost landscape beside the line&apos;s map: the cost J over w₁ and w₂ (b held at the shown point&apos;s value), the path training took, the shown point ringed. Choose AND, press &quot;Race rates…&quot; in the left pane&apos;s settings, type 1, 100 and race: on w₁ against b, lr 1 walks down into the valley, lr 100 jumps across it and back before it settles. Click the landscape in the Playground: the next run starts there, and the map shows that line at once.</source>
        <translation>6. El paisaje del coste junto al mapa de la recta: el coste J sobre w₁ y w₂ (b fijo en el valor del punto mostrado), el camino que siguió el entrenamiento, el punto mostrado rodeado. Elige AND, pulsa «Carrera de tasas…» en los ajustes del panel izquierdo, escribe 1 100 y lanza la carrera: sobre w₁ frente a b, lr 1 baja al valle, lr 100 salta al otro lado y vuelve antes de asentarse. Haz clic en el paisaje de la Zona de pruebas: la siguiente ejecución empieza ahí, y el mapa muestra esa recta al instante.</translation>
    </message>
    <message>
        <source>QUESTIONS FOR THE CLASS</source>
        <translation>PREGUNTAS PARA LA CLASE</translation>
    </message>
    <message>
        <source>- Before training XOR: can you draw one straight line with (0,1) and (1,0) on one side, (0,0) and (1,1) on the other?</source>
        <translation>- Antes de entrenar XOR: ¿puedes trazar una recta con (0,1) y (1,0) a un lado y (0,0) y (1,1) al otro?</translation>
    </message>
    <message>
        <source>- Why does the logistic regression give every XOR corner exactly 0.5, and not just a worse line?</source>
        <translation>- ¿Por qué la regresión logística da exactamente 0,5 a cada esquina de XOR, y no simplemente una recta peor?</translation>
    </message>
    <message>
        <source>- How many lines do the network&apos;s hidden units need to solve XOR? Try 1, 2 and 3 hidden units.</source>
        <translation>- ¿Cuántas rectas necesitan las unidades ocultas de la red para resolver XOR? Prueba con 1, 2 y 3 unidades ocultas.</translation>
    </message>
    <message>
        <source>- Click to add a point of the other class in the middle of a region: what happens to each boundary?</source>
        <translation>- Haz clic para añadir un punto de la otra clase en medio de una región: ¿qué le pasa a cada frontera?</translation>
    </message>
    <message>
        <source>- On the landscape, why does the path of lr 100 zig-zag while lr 1&apos;s walks straight down?</source>
        <translation>- En el paisaje, ¿por qué el camino de lr 100 va en zigzag mientras que el de lr 1 baja en línea recta?</translation>
    </message>
    <message>
        <source>From the command line: lrgui train --lesson gates.lrlesson trains both models on the four XOR corners.</source>
        <translation>Desde la línea de comandos: lrgui train --lesson gates.lrlesson entrena los dos modelos con las cuatro esquinas de XOR.</translation>
    </message>
    <message>
        <source>Shapes — a first image classifier, with no download.</source>
        <translation>Formas — un primer clasificador de imágenes, sin descargas.</translation>
    </message>
    <message>
        <source>The built-in sample: 390 colour pictures of circles, squares and triangles, 64×64 (300 to train on, 90 held out), drawn on this computer the first time they are needed. One logistic regression, learning rate 0.005, 2,000 iterations: about a second. It reaches about 99.7 % on the training pictures and 95.6 % on the held-out ones.</source>
        <translation>El ejemplo incorporado: 390 imágenes en color de círculos, cuadrados y triángulos, de 64×64 (300 para entrenar, 90 reservadas), dibujadas en este ordenador la primera vez que hacen falta. Una regresión logística, tasa de aprendizaje 0,005, 2000 iteraciones: alrededor de un segundo. Llega a cerca del 99,7 % en las imágenes de entrenamiento y al 95,6 % en las reservadas.</translation>
    </message>
    <message>
        <source>1. The Data tab: a few pictures of each class. Every picture is 64 × 64 × 3 = 12,288 numbers between 0 and 1.</source>
        <translation>1. La pestaña Datos: algunas imágenes de cada clase. Cada imagen son 64 × 64 × 3 = 12 288 números entre 0 y 1.</translation>
    </message>
    <message>
        <source>2. Press Train and watch the cost fall on the Train tab: fast at first, then slowly.</source>
        <translation>2. Pulsa Entrenar y mira cómo baja el coste en la pestaña Entrenamiento: rápido al principio, luego despacio.</translation>
    </message>
    <message>
        <source>3. The Results tab: training against test accuracy, and the pictures it got wrong.</source>
        <translation>3. La pestaña Resultados: la exactitud de entrenamiento frente a la de prueba, y las imágenes que falló.</translation>
    </message>
    <message>
        <source>4. The weights view: each class&apos;s 12,288 weights shown as a picture — where does &quot;circle&quot; look?</source>
        <translation>4. La vista de pesos: los 12 288 pesos de cada clase mostrados como una imagen — ¿adónde mira «circle»?</translation>
    </message>
    <message>
        <source>- Why is the test accuracy lower than the training accuracy?</source>
        <translation>- ¿Por qué la exactitud de prueba es más baja que la de entrenamiento?</translation>
    </message>
    <message>
        <source>- The cost starts at 1.0986 = ln 3. Why exactly that number?</source>
        <translation>- El coste empieza en 1,0986 = ln 3. ¿Por qué exactamente ese número?</translation>
    </message>
    <message>
        <source>- Try learning rate 0.05, then 0.0005. What happens to the curve?</source>
        <translation>- Prueba la tasa de aprendizaje 0,05 y luego 0,0005. ¿Qué le pasa a la curva?</translation>
    </message>
    <message>
        <source>- Which wrong pictures would a person also find hard?</source>
        <translation>- ¿Qué imágenes falladas le resultarían difíciles también a una persona?</translation>
    </message>
    <message>
        <source>Draw a shape — the class draws, the model answers, and shows why.</source>
        <translation>Dibuja una forma — la clase dibuja, el modelo responde y muestra por qué.</translation>
    </message>
    <message>
        <source>The shapes sample again (circles, squares and triangles, 64×64 colour), trained as in the Shapes lesson: one logistic regression, learning rate 0.005, 2,000 iterations, about a second. Then the Draw tab (Alt+5): the canvas starts on the pictures&apos; own dark backdrop, with a white brush.</source>
        <translation>De nuevo el ejemplo de formas (círculos, cuadrados y triángulos, 64×64 en color), entrenado como en la lección Formas: una regresión logística, tasa de aprendizaje 0,005, 2000 iteraciones, alrededor de un segundo. Luego la pestaña Dibujo (Alt+5): el lienzo empieza sobre el fondo oscuro de las imágenes, con un pincel blanco.</translation>
    </message>
    <message>
        <source>1. Press Train, then open the Draw tab. Draw a filled circle in the middle: the answer, the bars and the map change as the stroke goes, not only when you let go.</source>
        <translation>1. Pulsa Entrenar y abre la pestaña Dibujo. Dibuja un círculo relleno en el centro: la respuesta, las barras y el mapa cambian mientras trazas, no solo al soltar.</translation>
    </message>
    <message>
        <source>2. &quot;Which pixels pushed where&quot;: vermillion pixels speak for the answer, blue ones against it. The line below adds them up: the map&apos;s sum plus the bias is the logit z, exactly.</source>
        <translation>2. «Qué píxeles empujaron hacia dónde»: los píxeles bermellón hablan a favor de la respuesta, los azules en contra. La línea de abajo los suma: la suma del mapa más el sesgo es exactamente el logit z.</translation>
    </message>
    <message>
        <source>3. Clear (Ctrl+Backspace) and draw a square, then a triangle. Which one does the model find hardest?</source>
        <translation>3. Borra todo (Ctrl+Retroceso) y dibuja un cuadrado, luego un triángulo. ¿Cuál le resulta más difícil al modelo?</translation>
    </message>
    <message>
        <source>4. Paint out part of a shape with the eraser (E, or the right mouse button): cut a corner off the square, or a bite out of the circle. When does the answer change?</source>
        <translation>4. Borra parte de una forma con la goma (E, o el botón derecho del ratón): córtale una esquina al cuadrado o dale un mordisco al círculo. ¿Cuándo cambia la respuesta?</translation>
    </message>
    <message>
        <source>5. &quot;What would flip it?&quot; (F) marks the pixels that push hardest towards the runner-up. Paint over them and watch the answer change.</source>
        <translation>5. «¿Qué lo haría cambiar?» (F) marca los píxeles que más empujan hacia el segundo. Píntalos encima y mira cómo cambia la respuesta.</translation>
    </message>
    <message>
        <source>6. &quot;Add to class…&quot; saves the drawing as a picture in a class folder: a class can draw its own data set, load it on the Data tab and train on it.</source>
        <translation>6. «Añadir a la clase…» guarda el dibujo como imagen en una carpeta de clase: una clase puede dibujar su propio conjunto de datos, cargarlo en la pestaña Datos y entrenar con él.</translation>
    </message>
    <message>
        <source>7. The digits work the same way: File → Open sample → digits, Train, and draw a digit in black on the white canvas (the brush is wide: each of the 8×8 pixels is a big square).</source>
        <translation>7. Los dígitos funcionan igual: Archivo → Abrir ejemplo → digits, Entrenar, y dibuja un dígito en negro sobre el lienzo blanco (el pincel es ancho: cada uno de los 8×8 píxeles es un cuadrado grande).</translation>
    </message>
    <message>
        <source>- The model only ever saw shapes drawn by the computer. Why does it still recognise yours, or why not?</source>
        <translation>- El modelo solo ha visto formas dibujadas por el ordenador. ¿Por qué reconoce aun así las tuyas, o por qué no?</translation>
    </message>
    <message>
        <source>- Does the size of your shape matter? Its position? Its colour? Try each.</source>
        <translation>- ¿Importa el tamaño de tu forma? ¿Su posición? ¿Su color? Prueba cada cosa.</translation>
    </message>
    <message>
        <source>- Which pixels does &quot;circle&quot; look at? Compare the map with the weights picture on the Train tab.</source>
        <translation>- ¿A qué píxeles mira «circle»? Compara el mapa con la imagen de pesos de la pestaña Entrenamiento.</translation>
    </message>
    <message>
        <source>- Can you draw something that is none of the three and still get 99 %? What does that say about the probabilities?</source>
        <translation>- ¿Puedes dibujar algo que no sea ninguna de las tres y aun así obtener un 99 %? ¿Qué dice eso de las probabilidades?</translation>
    </message>
    <message>
        <source>Airplanes vs motorbikes — real photos, the tutorial&apos;s own data.</source>
        <translation>Aviones contra motos — fotos reales, los datos del propio tutorial.</translation>
    </message>
    <message>
        <source>DATA: the Caltech-101 folders &quot;airplanes&quot; (800 photos) and &quot;Motorbikes&quot; (798). Caltech-101 can be downloaded from https://data.caltech.edu/records/mzrjq-6wc02 (unpack 101_ObjectCategories.tar.gz and choose its airplanes folder). When the folders are not in ~/Downloads/caltech-101/101_ObjectCategories, lrgui asks for them: choose airplanes, and Motorbikes beside it is found too.</source>
        <translation>DATOS: las carpetas «airplanes» (800 fotos) y «Motorbikes» (798) de Caltech-101. Caltech-101 se puede descargar de https://data.caltech.edu/records/mzrjq-6wc02 (descomprime 101_ObjectCategories.tar.gz y elige su carpeta airplanes). Si las carpetas no están en ~/Downloads/caltech-101/101_ObjectCategories, lrgui las pide: elige airplanes y también encontrará Motorbikes a su lado.</translation>
    </message>
    <message>
        <source>Every photo is squashed to 64×64 colour; 10 % of each class is held out for testing (seed 0). One logistic regression, learning rate 0.005, 2,000 iterations: under a second of training, about 99 % on the training photos and 97.5 % on the 160 held out.</source>
        <translation>Cada foto se reduce a 64×64 en color; el 10 % de cada clase se reserva para la prueba (semilla 0). Una regresión logística, tasa de aprendizaje 0,005, 2000 iteraciones: menos de un segundo de entrenamiento, cerca del 99 % en las fotos de entrenamiento y el 97,5 % en las 160 reservadas.</translation>
    </message>
    <message>
        <source>1. The Data tab: the photos are of every size; lrgui squashes each to 64×64. Show a few of both classes.</source>
        <translation>1. La pestaña Datos: las fotos son de todos los tamaños; lrgui reduce cada una a 64×64. Muestra unas cuantas de ambas clases.</translation>
    </message>
    <message>
        <source>2. Train and watch the training and test costs part ways.</source>
        <translation>2. Entrena y mira cómo se separan los costes de entrenamiento y de prueba.</translation>
    </message>
    <message>
        <source>3. The Results tab: the misclassified photos. Exclude one that is wrongly labelled and train again: the test set stays the same, so the comparison is fair.</source>
        <translation>3. La pestaña Resultados: las fotos mal clasificadas. Excluye una que esté mal etiquetada y vuelve a entrenar: el conjunto de prueba no cambia, así que la comparación es justa.</translation>
    </message>
    <message>
        <source>4. The weights picture of &quot;airplanes&quot;: sky-coloured backgrounds carry much of the decision.</source>
        <translation>4. La imagen de pesos de «airplanes»: los fondos color cielo llevan buena parte de la decisión.</translation>
    </message>
    <message>
        <source>- Is the model recognising airplanes, or blue skies? How could we find out?</source>
        <translation>- ¿El modelo reconoce aviones o cielos azules? ¿Cómo podríamos averiguarlo?</translation>
    </message>
    <message>
        <source>- Why hold out 10 % of the photos instead of testing on the training photos?</source>
        <translation>- ¿Por qué reservar el 10 % de las fotos en lugar de probar con las fotos de entrenamiento?</translation>
    </message>
    <message>
        <source>- What would change with 32×32 pictures? With grayscale?</source>
        <translation>- ¿Qué cambiaría con imágenes de 32×32? ¿Y en escala de grises?</translation>
    </message>
    <message>
        <source>- Would the model work on a photo of a helicopter? What would it say?</source>
        <translation>- ¿Funcionaría el modelo con la foto de un helicóptero? ¿Qué diría?</translation>
    </message>
    <message>
        <source>Bird or not — CIFAR-10, one class against the rest, and the learning-rate race.</source>
        <translation>Pájaro o no — CIFAR-10, una clase contra el resto, y la carrera de tasas de aprendizaje.</translation>
    </message>
    <message>
        <source>DATA: CIFAR-10&apos;s python batches (data_batch_1 … data_batch_5, test_batch, batches.meta). CIFAR-10&apos;s python version can be downloaded from https://www.cs.toronto.edu/~kriz/cifar.html (cifar-10-python.tar.gz; choose the cifar-10-batches-py folder it unpacks). The JPEG copies in train/ and test/ class folders work too: open them on the Data tab and use &quot;bird&quot; against the rest.</source>
        <translation>DATOS: los batches de Python de CIFAR-10 (data_batch_1 … data_batch_5, test_batch, batches.meta). La versión de Python de CIFAR-10 se puede descargar de https://www.cs.toronto.edu/~kriz/cifar.html (cifar-10-python.tar.gz; elige la carpeta cifar-10-batches-py que descomprime). Las copias JPEG en carpetas de clase train/ y test/ también sirven: ábrelas en la pestaña Datos y usa «bird» contra el resto.</translation>
    </message>
    <message>
        <source>The lesson takes every bird and an equal-size sample of the other nine classes (seed 0), 32×32 colour, and trains three logistic regressions from the same starting weights with learning rates 0.01, 0.001, 0.0001. lrgui keeps the one with the lowest cost on the test images.</source>
        <translation>La lección toma todos los pájaros y una muestra del mismo tamaño de las otras nueve clases (semilla 0), 32×32 en color, y entrena tres regresiones logísticas desde los mismos pesos iniciales con las tasas de aprendizaje 0,01; 0,001; 0,0001. lrgui conserva la de menor coste en las imágenes de prueba.</translation>
    </message>
    <message>
        <source>1. Train: the three cost curves appear side by side on the Train tab.</source>
        <translation>1. Entrena: las tres curvas de coste aparecen una junto a otra en la pestaña Entrenamiento.</translation>
    </message>
    <message>
        <source>2. The largest rate makes the training cost fall fastest; the smallest has barely moved after 2,000 iterations.</source>
        <translation>2. La tasa más grande hace bajar el coste de entrenamiento más deprisa; la más pequeña apenas se ha movido tras 2000 iteraciones.</translation>
    </message>
    <message>
        <source>3. Watch the test curves too: the fastest rate can fit the training pictures better and the test pictures worse. That is why lrgui judges the race by the test cost, not the training cost.</source>
        <translation>3. Mira también las curvas de prueba: la tasa más rápida puede ajustarse mejor a las imágenes de entrenamiento y peor a las de prueba. Por eso lrgui juzga la carrera por el coste de prueba, no por el de entrenamiento.</translation>
    </message>
    <message>
        <source>4. The Results tab: accuracy is far from 100 % — 32×32 pixels and one linear layer are not enough to recognise a bird well.</source>
        <translation>4. La pestaña Resultados: la exactitud está lejos del 100 % — 32×32 píxeles y una sola capa lineal no bastan para reconocer bien un pájaro.</translation>
    </message>
    <message>
        <source>5. Tick &quot;Step slice&quot; on the Train tab: the step slice appears under the curves. Drag the replay slider to the start. The curve is the cost along the gradient from that point, J(θ − α·g); the orange mark is where one step of the kept rate lands, the dashed line the cost before it, the star the best step on that line. Type 1000 as the learning rate and train again: the mark sits far up the other side of the valley, above the dashed line: one step already makes the cost rise.</source>
        <translation>5. Marca «Corte del paso» en la pestaña Entrenamiento: el corte del paso aparece bajo las curvas. Lleva el deslizador de reproducción al principio. La curva es el coste a lo largo del gradiente desde ese punto, J(θ − α·g); la marca naranja es donde cae un paso de la tasa conservada, la línea discontinua el coste antes de él, la estrella el mejor paso sobre esa línea. Escribe 1000 como tasa de aprendizaje y vuelve a entrenar: la marca queda muy arriba al otro lado del valle, por encima de la línea discontinua: un solo paso ya hace subir el coste.</translation>
    </message>
    <message>
        <source>- Before training: which learning rate will win? Why not always use the largest?</source>
        <translation>- Antes de entrenar: ¿qué tasa de aprendizaje ganará? ¿Por qué no usar siempre la más grande?</translation>
    </message>
    <message>
        <source>- Why must the three runs start from the same weights for the race to be fair?</source>
        <translation>- ¿Por qué las tres ejecuciones deben empezar desde los mismos pesos para que la carrera sea justa?</translation>
    </message>
    <message>
        <source>- On the step slice, where would the best learning rate for this first step be? Why can a larger one be worse?</source>
        <translation>- En el corte del paso, ¿dónde estaría la mejor tasa de aprendizaje para este primer paso? ¿Por qué una mayor puede ser peor?</translation>
    </message>
    <message>
        <source>- A model that says &quot;not a bird&quot; to everything scores 50 % here. Why do we balance the classes?</source>
        <translation>- Un modelo que dice «no es un pájaro» a todo obtiene aquí un 50 %. ¿Por qué equilibramos las clases?</translation>
    </message>
    <message>
        <source>- Which birds does the model miss? Which non-birds does it call birds?</source>
        <translation>- ¿Qué pájaros se le escapan al modelo? ¿Qué no-pájaros toma por pájaros?</translation>
    </message>
    <message>
        <source>Fashion with a hidden layer — and why scaling the inputs matters.</source>
        <translation>Moda con una capa oculta — y por qué importa escalar las entradas.</translation>
    </message>
    <message>
        <source>DATA: Fashion-MNIST&apos;s IDX files (60,000 training and 10,000 test pictures, 28×28 grayscale, 10 classes). Fashion-MNIST can be downloaded from https://github.com/zalandoresearch/fashion-mnist (the four *-ubyte.gz files of data/fashion, in one folder).</source>
        <translation>DATOS: los archivos IDX de Fashion-MNIST (60 000 imágenes de entrenamiento y 10 000 de prueba, 28×28 en escala de grises, 10 clases). Fashion-MNIST se puede descargar de https://github.com/zalandoresearch/fashion-mnist (los cuatro archivos *-ubyte.gz de data/fashion, en una misma carpeta).</translation>
    </message>
    <message>
        <source>Two networks with 50 sigmoid hidden units, 25 minibatches per epoch, learning rate 0.3, 300 epochs, from the same starting weights. The only difference: the first standardises every pixel (zero mean, unit variance over the training pictures), the second only divides by 255.</source>
        <translation>Dos redes con 50 unidades ocultas sigmoides, 25 minilotes por época, tasa de aprendizaje 0,3, 300 épocas, desde los mismos pesos iniciales. La única diferencia: la primera estandariza cada píxel (media cero, varianza uno sobre las imágenes de entrenamiento), la segunda solo divide entre 255.</translation>
    </message>
    <message>
        <source>1. Train (about a minute per run): the two cost curves side by side.</source>
        <translation>1. Entrena (alrededor de un minuto por ejecución): las dos curvas de coste una junto a otra.</translation>
    </message>
    <message>
        <source>2. The standardised run learns faster and ends higher. Measured with lrgui on the full dataset: after 1 epoch 74 % against 67 % on the test pictures, after 10 epochs 83 % against 78 %, after 300 epochs 87.9 % against 86.5 % (training pictures: 93.4 % against 88.7 %).</source>
        <translation>2. La ejecución estandarizada aprende más deprisa y termina más arriba. Medido con lrgui sobre el conjunto completo: tras 1 época 74 % frente a 67 % en las imágenes de prueba, tras 10 épocas 83 % frente a 78 %, tras 300 épocas 87,9 % frente a 86,5 % (imágenes de entrenamiento: 93,4 % frente a 88,7 %).</translation>
    </message>
    <message>
        <source>3. The tutorial this lesson follows fed raw pixels (0–255) to its network: the sigmoid units saturated (their slope is almost zero for inputs that large), the gradients vanished and it stalled at 50 % against 87 % scaled. lrgui always divides by 255 at least, so its plain run does learn — only more slowly, because pixels between 0 and 1, mostly near 0 (the background), are uneven in scale and all positive, which makes gradient descent zigzag.</source>
        <translation>3. El tutorial que sigue esta lección daba a su red píxeles en bruto (0–255): las unidades sigmoides se saturaban (su pendiente es casi cero con entradas tan grandes), los gradientes se desvanecían y se quedaba en el 50 % frente al 87 % con escalado. lrgui siempre divide al menos entre 255, así que su ejecución simple sí aprende — solo que más despacio, porque los píxeles entre 0 y 1, casi todos cerca de 0 (el fondo), tienen escalas desiguales y son todos positivos, lo que hace que el descenso de gradiente vaya en zigzag.</translation>
    </message>
    <message>
        <source>4. The Results tab: which clothes does the network confuse? (Shirt, T-shirt, pullover and coat.)</source>
        <translation>4. La pestaña Resultados: ¿qué prendas confunde la red? (Camisa, camiseta, jersey y abrigo.)</translation>
    </message>
    <message>
        <source>- What does a sigmoid unit output when its input is 500? What is its slope there?</source>
        <translation>- ¿Qué da una unidad sigmoide cuando su entrada es 500? ¿Cuál es ahí su pendiente?</translation>
    </message>
    <message>
        <source>- Why does standardising help gradient descent, even though it loses no information?</source>
        <translation>- ¿Por qué estandarizar ayuda al descenso de gradiente, aunque no pierda información?</translation>
    </message>
    <message>
        <source>- Why are shirts and T-shirts confused, and trousers almost never?</source>
        <translation>- ¿Por qué se confunden camisas y camisetas, y los pantalones casi nunca?</translation>
    </message>
    <message>
        <source>- The mean and the spread are measured on the training pictures only. Why not on all of them?</source>
        <translation>- La media y la dispersión se miden solo en las imágenes de entrenamiento. ¿Por qué no en todas?</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>Cannot save the lesson to {target}: {problem}.</source>
        <translation>No se puede guardar la lección en {target}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot save the lesson to {target}: its model cannot be saved ({rstrip}).</source>
        <translation>No se puede guardar la lección en {target}: su modelo no se puede guardar ({rstrip}).</translation>
    </message>
    <message>
        <source>Cannot save the lesson to {target}: its model takes {bytes}, more than a lesson holds ({bytes2}).</source>
        <translation>No se puede guardar la lección en {target}: su modelo ocupa {bytes}, más de lo que cabe en una lección ({bytes2}).</translation>
    </message>
    <message>
        <source>{name} is not an lrgui lesson file (it is not a zip archive, or it is damaged).</source>
        <translation>{name} no es un archivo de lección de lrgui (no es un archivo zip, o está dañado).</translation>
    </message>
    <message>
        <source>it names a model but holds no {model_member}</source>
        <translation>nombra un modelo pero no contiene ningún {model_member}</translation>
    </message>
    <message>
        <source>it holds a {model_member} its lesson.json does not name</source>
        <translation>contiene un {model_member} que su lesson.json no nombra</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui lesson: {problem}.</source>
        <translation>{name} no es una lección de lrgui utilizable: {problem}.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui lesson: it is damaged ({name2}).</source>
        <translation>{name} no es una lección de lrgui utilizable: está dañada ({name2}).</translation>
    </message>
    <message>
        <source>it holds {count} files, more than a lesson has</source>
        <translation>contiene {count} archivos, más de los que tiene una lección</translation>
    </message>
    <message>
        <source>it holds two files of the same name</source>
        <translation>contiene dos archivos con el mismo nombre</translation>
    </message>
    <message>
        <source>it holds an unexpected file &apos;{filename}&apos;</source>
        <translation>contiene un archivo inesperado &apos;{filename}&apos;</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is compressed in a way lrgui lessons never are</source>
        <translation>&apos;{filename}&apos; está comprimido de una forma que las lecciones de lrgui nunca usan</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is encrypted</source>
        <translation>&apos;{filename}&apos; está cifrado</translation>
    </message>
    <message>
        <source>it has no {json_member}</source>
        <translation>no tiene {json_member}</translation>
    </message>
    <message>
        <source>its {filename} declares {bytes}, more than a lesson holds ({bytes2})</source>
        <translation>su {filename} declara {bytes}, más de lo que cabe en una lección ({bytes2})</translation>
    </message>
    <message>
        <source>The lesson&apos;s {filename}</source>
        <translation>El {filename} de la lección</translation>
    </message>
    <message>
        <source>its {filename} inflates beyond the {bytes} it declares</source>
        <translation>su {filename} se descomprime por encima de los {bytes} que declara</translation>
    </message>
    <message>
        <source>its {filename} is not the size it declares</source>
        <translation>su {filename} no tiene el tamaño que declara</translation>
    </message>
    <message>
        <source>its {json_member} is not valid JSON</source>
        <translation>su {json_member} no es JSON válido</translation>
    </message>
    <message>
        <source>its {json_member} is not an lrgui lesson</source>
        <translation>su {json_member} no es una lección de lrgui</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <extracomment>where each excluded file lies (a source and the name inside it), as read from the file the folder of the file it was read from (relative paths are relative to it) the settings the Train form shows, the rates to compare, the displayed point (None: the last)</extracomment>
        <translation>no tiene una versión de formato válida</translation>
    </message>
    <message>
        <source>it uses lesson format {version}, written by a newer lrgui ({get}); please update lrgui</source>
        <translation>usa el formato de lección {version}, escrito por un lrgui más reciente ({get}); actualiza lrgui</translation>
    </message>
    <message>
        <source>it claims lesson format {version}, which lrgui never wrote</source>
        <translation>dice usar el formato de lección {version}, que lrgui nunca escribió</translation>
    </message>
    <message>
        <source>its format was not migrated</source>
        <translation>su formato no se convirtió</translation>
    </message>
    <message>
        <source>its {json_member} does not hold exactly the lesson&apos;s fields (&apos;{missing}&apos;)</source>
        <translation>su {json_member} no contiene exactamente los campos de una lección (&apos;{missing}&apos;)</translation>
    </message>
    <message>
        <source>its notes are not a text of at most {value} KB</source>
        <translation>sus notas no son un texto de como mucho {value} KB</translation>
    </message>
    <message>
        <source>its data request is not a JSON object</source>
        <translation>su petición de datos no es un objeto JSON</translation>
    </message>
    <message>
        <source>its best run is not one of its runs</source>
        <translation>su mejor ejecución no es una de sus ejecuciones</translation>
    </message>
    <message>
        <source>it names a model file other than its own</source>
        <translation>nombra un archivo de modelo distinto del suyo</translation>
    </message>
    <message>
        <source>its playground is not a JSON object</source>
        <translation>su zona de pruebas no es un objeto JSON</translation>
    </message>
    <message>
        <source>its playground is larger than lrgui allows</source>
        <translation>su zona de pruebas es más grande de lo que lrgui permite</translation>
    </message>
    <message>
        <source>its playground is refused ({rstrip})</source>
        <translation>su zona de pruebas se rechaza ({rstrip})</translation>
    </message>
    <message>
        <source>its view does not hold exactly the draft, the rates to compare and the displayed point</source>
        <translation>su vista no contiene exactamente el borrador, las tasas a comparar y el punto mostrado</translation>
    </message>
    <message>
        <source>its draft settings are not a JSON object</source>
        <translation>sus ajustes de borrador no son un objeto JSON</translation>
    </message>
    <message>
        <source>its {json_member} is nested more than {max_json_depth} levels deep</source>
        <translation>su {json_member} está anidado a más de {max_json_depth} niveles</translation>
    </message>
    <message>
        <source>it holds a name longer than lrgui allows</source>
        <translation>contiene un nombre más largo de lo que lrgui permite</translation>
    </message>
    <message>
        <source>it holds a text longer than lrgui allows</source>
        <translation>contiene un texto más largo de lo que lrgui permite</translation>
    </message>
    <message>
        <source>it holds a number that is not finite</source>
        <translation>contiene un número que no es finito</translation>
    </message>
    <message>
        <source>it holds a value that is not plain JSON</source>
        <translation>contiene un valor que no es JSON simple</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; is not a text of at most {limit} characters</source>
        <translation>su &apos;{key}&apos; no es un texto de como mucho {limit} caracteres</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; is not a list of at most {limit} entries</source>
        <translation>su &apos;{key}&apos; no es una lista de como mucho {limit} entradas</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; holds something other than texts</source>
        <translation>su &apos;{key}&apos; contiene algo que no son textos</translation>
    </message>
    <message>
        <source>its {what} is not a whole number of at least {minimum}</source>
        <translation>su {what} no es un número entero de al menos {minimum}</translation>
    </message>
    <message>
        <source>its {what} is not a JSON object</source>
        <translation>su {what} no es un objeto JSON</translation>
    </message>
    <message>
        <source>a source&apos;s digest is not a SHA-256 hex digest</source>
        <translation>el resumen de una fuente no es un resumen SHA-256 hexadecimal</translation>
    </message>
    <message>
        <source>its data source &apos;{kind}&apos; is not one lrgui knows</source>
        <translation>su fuente de datos &apos;{kind}&apos; no la conoce lrgui</translation>
    </message>
    <message>
        <source>its image format does not say grayscale or colour</source>
        <translation>su formato de imagen no dice si es escala de grises o color</translation>
    </message>
    <message>
        <source>its image format is refused ({rstrip})</source>
        <translation>su formato de imagen se rechaza ({rstrip})</translation>
    </message>
    <message>
        <source>a class rename is not a pair of names</source>
        <translation>un cambio de nombre de clase no es un par de nombres</translation>
    </message>
    <message>
        <source>its test fraction is not a number</source>
        <translation>su fracción de prueba no es un número</translation>
    </message>
    <message>
        <source>its toy option &apos;{key}&apos; is not a number</source>
        <translation>su opción de conjunto de juguete &apos;{key}&apos; no es un número</translation>
    </message>
    <message>
        <source>an excluded file names a folder the lesson does not have</source>
        <translation>un archivo excluido nombra una carpeta que la lección no tiene</translation>
    </message>
    <message>
        <source>its data request is refused ({rstrip})</source>
        <translation>su petición de datos se rechaza ({rstrip})</translation>
    </message>
    <message>
        <source>a run&apos;s settings are refused ({rstrip})</source>
        <translation>los ajustes de una ejecución se rechazan ({rstrip})</translation>
    </message>
    <message>
        <source>a run&apos;s curves are refused ({rstrip})</source>
        <translation>las curvas de una ejecución se rechazan ({rstrip})</translation>
    </message>
    <message>
        <source>This lesson has no data to train on (it is a playground lesson); open it in the app.</source>
        <translation>Esta lección no tiene datos con los que entrenar (es una lección de zona de pruebas); ábrela en la aplicación.</translation>
    </message>
    <message>
        <source>The lesson&apos;s folder {shown} was not found; locate it (the app asks for it when the lesson is opened) or put it back.{hint}</source>
        <translation>No se encontró la carpeta {shown} de la lección; localízala (la aplicación la pide al abrir la lección) o vuelve a ponerla en su sitio.{hint}</translation>
    </message>
    <message>
        <source>it holds {files} files, not {expected}</source>
        <translation>contiene {files} archivos, no {expected}</translation>
    </message>
    <message>
        <source>the names or sizes of its files differ</source>
        <translation>los nombres o tamaños de sus archivos difieren</translation>
    </message>
    <message>
        <source>The lesson&apos;s folder {shown} has changed since the lesson was saved ({what}); locate the original folder or train on it as it is.</source>
        <translation>La carpeta {shown} de la lección ha cambiado desde que se guardó la lección ({what}); localiza la carpeta original o entrena con ella tal como está.</translation>
    </message>
    <message>
        <source>Not a folder: {folder}</source>
        <translation>No es una carpeta: {folder}</translation>
    </message>
    <message>
        <source>The lesson has no folder {source}.</source>
        <translation>La lección no tiene ninguna carpeta {source}.</translation>
    </message>
    <message>
        <source>This lesson has no training settings to run.</source>
        <translation>Esta lección no tiene ajustes de entrenamiento que ejecutar.</translation>
    </message>
    <message>
        <source>{path} has no training settings to run.</source>
        <translation>{path} no tiene ajustes de entrenamiento que ejecutar.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>{what} declares a negative size.</source>
        <translation>{what} declara un tamaño negativo.</translation>
    </message>
    <message>
        <source>{what} would need {bytes}, more than lrgui allows ({bytes2}).</source>
        <translation>{what} necesitaría {bytes}, más de lo que lrgui permite ({bytes2}).</translation>
    </message>
    <message>
        <source>{what} would need {bytes} of memory, but only {bytes2} is available.</source>
        <translation>{what} necesitaría {bytes} de memoria, pero solo hay {bytes2} disponibles.</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>{count} images at {size} pixels would need about {bytes} of memory (the pixels and their floating-point copy for training), but only {bytes2} is available: choose a smaller image size or fewer images per class.</source>
        <extracomment>Files this small (on average) decode so fast that the Python around every file, which holds the GIL, is most of the work, and a second thread only contends for it (measured in docs/performance.md, &quot;Measurements behind the code&apos;s constants&quot;). Files whose sizes are looked at to tell (spread over the list). Files one worker decodes per hand-off: handing over one small JPEG at a time cost more than decoding it. How often (seconds) a wait for a worker looks at ``should_stop``: a task of large photos may take a while.</extracomment>
        <translation>{count} imágenes de {size} píxeles necesitarían unos {bytes} de memoria (los píxeles y su copia en coma flotante para entrenar), pero solo hay {bytes2} disponibles: elige un tamaño de imagen menor o menos imágenes por clase.</translation>
    </message>
    <message>
        <source>Training needs at least two classes; found {count} ({names}).</source>
        <translation>El entrenamiento necesita al menos dos clases; encontradas: {count} ({names}).</translation>
    </message>
    <message>
        <source> in {folders}</source>
        <translation> en {folders}</translation>
    </message>
    <message>
        <source> ({count} folders could not be read)</source>
        <translation> (no se pudieron leer {count} carpetas)</translation>
    </message>
    <message>
        <source>Class {name} has no images{where}{hint}.</source>
        <translation>La clase {name} no tiene imágenes{where}{hint}.</translation>
    </message>
    <message>
        <source>Class {name} has no readable images ({count} files were skipped).</source>
        <translation>La clase {name} no tiene imágenes legibles (se omitieron {count} archivos).</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>{name} is an old lrgui model (HDF5, format 1) that lrgui no longer opens directly; &apos;lrgui convert {name}&apos; turns it into a {model_extension} file.</source>
        <extracomment>format 1, HDF5: never opened in-process, only converted (lrgui.data.legacy_model) the header is the metadata plus one short line per tensor the largest image (1024 × 1024 × 3); non-image data (logic gates) are far smaller safetensors dtype → little-endian NumPy dtype; nothing else is ever in a model</extracomment>
        <translation>{name} es un modelo antiguo de lrgui (HDF5, formato 1) que lrgui ya no abre directamente; &apos;lrgui convert {name}&apos; lo convierte en un archivo {model_extension}.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui model: {problem}.</source>
        <translation>{name} no es un modelo de lrgui utilizable: {problem}.</translation>
    </message>
    <message>
        <source>{name} uses model format {version}, written by a newer lrgui ({written_by}); this lrgui ({version2}) reads format {format_version}, so please update lrgui.</source>
        <translation>{name} usa el formato de modelo {version}, escrito por un lrgui más reciente ({written_by}); este lrgui ({version2}) lee el formato {format_version}, así que actualiza lrgui.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui model: it is damaged ({name2}).</source>
        <translation>{name} no es un modelo de lrgui utilizable: está dañado ({name2}).</translation>
    </message>
    <message>
        <source>Cannot write the model to {name}: {problem}.</source>
        <translation>No se puede escribir el modelo en {name}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot write the model to {name}: {exc}.</source>
        <translation>No se puede escribir el modelo en {name}: {exc}.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui model: its header takes {header_length} bytes, more than an lrgui model&apos;s ({max_header_bytes} at most, enough for {max_classes} classes).</source>
        <translation>{name} no es un modelo de lrgui utilizable: su cabecera ocupa {header_length} bytes, más que la de un modelo de lrgui (como mucho {max_header_bytes}, suficiente para {max_classes} clases).</translation>
    </message>
    <message>
        <source>{name} is a safetensors file, but not an lrgui model.</source>
        <translation>{name} es un archivo safetensors, pero no un modelo de lrgui.</translation>
    </message>
    <message>
        <source>its metadata holds a value that is not text</source>
        <translation>sus metadatos contienen un valor que no es texto</translation>
    </message>
    <message>
        <source>its metadata is longer than {max_metadata_chars} characters</source>
        <translation>sus metadatos superan los {max_metadata_chars} caracteres</translation>
    </message>
    <message>
        <source>it holds {count} tensors, more than an lrgui model has</source>
        <translation>contiene {count} tensores, más de los que tiene un modelo de lrgui</translation>
    </message>
    <message>
        <source>the header entry of tensor &apos;{shown}&apos; is malformed</source>
        <translation>la entrada de cabecera del tensor &apos;{shown}&apos; está mal formada</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has the type {entry}, not one of F32, F64 or I64</source>
        <translation>el tensor &apos;{shown}&apos; tiene el tipo {entry}, no F32, F64 ni I64</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has an invalid shape</source>
        <translation>el tensor &apos;{shown}&apos; tiene una forma no válida</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has invalid data offsets</source>
        <translation>el tensor &apos;{shown}&apos; tiene desplazamientos de datos no válidos</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; declares more data than the file holds</source>
        <translation>el tensor &apos;{shown}&apos; declara más datos de los que contiene el archivo</translation>
    </message>
    <message>
        <source>its tensors&apos; data overlap or leave gaps</source>
        <translation>los datos de sus tensores se solapan o dejan huecos</translation>
    </message>
    <message>
        <source>its tensors&apos; data do not fill the file</source>
        <translation>los datos de sus tensores no llenan el archivo</translation>
    </message>
    <message>
        <source>its metadata has no &apos;{key}&apos;</source>
        <translation>sus metadatos no tienen &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; metadata is not valid JSON</source>
        <translation>sus metadatos &apos;{key}&apos; no son JSON válido</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; metadata is nested more than {max_json_depth} levels deep</source>
        <translation>sus metadatos &apos;{key}&apos; están anidados a más de {max_json_depth} niveles</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; metadata is not a JSON {value}</source>
        <translation>sus metadatos &apos;{key}&apos; no son un {value} JSON</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; is not a whole number</source>
        <translation>su &apos;{key}&apos; no es un número entero</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <translation>no tiene una versión de formato válida</translation>
    </message>
    <message>
        <source>it claims format {version}, which lrgui never wrote as safetensors</source>
        <translation>dice usar el formato {version}, que lrgui nunca escribió como safetensors</translation>
    </message>
    <message>
        <source>it holds a model type this lrgui does not know (&apos;{model_type}&apos;)</source>
        <translation>contiene un tipo de modelo que este lrgui no conoce (&apos;{model_type}&apos;)</translation>
    </message>
    <message>
        <source>its &apos;info&apos; metadata is refused ({rstrip})</source>
        <translation>sus metadatos &apos;info&apos; se rechazan ({rstrip})</translation>
    </message>
    <message>
        <source>it holds an unexpected tensor &apos;{shown}&apos;</source>
        <translation>contiene un tensor inesperado &apos;{shown}&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has the type {name}, not {value}</source>
        <translation>el tensor &apos;{shown}&apos; tiene el tipo {name}, no {value}</translation>
    </message>
    <message>
        <source>it has {count} classes, not {min_classes} to {max_classes}</source>
        <translation>tiene {count} clases, no de {min_classes} a {max_classes}</translation>
    </message>
    <message>
        <source>a class name is not text</source>
        <translation>un nombre de clase no es texto</translation>
    </message>
    <message>
        <source>a class name is empty or longer than {max_class_name} characters</source>
        <translation>un nombre de clase está vacío o supera los {max_class_name} caracteres</translation>
    </message>
    <message>
        <source>the class name &apos;{label}&apos; contains a control character</source>
        <translation>el nombre de clase &apos;{label}&apos; contiene un carácter de control</translation>
    </message>
    <message>
        <source>two classes have the same name</source>
        <translation>dos clases tienen el mismo nombre</translation>
    </message>
    <message>
        <source>its image size {size} is not between {min_image_size} and {max_image_size} pixels</source>
        <translation>su tamaño de imagen {size} no está entre {min_image_size} y {max_image_size} píxeles</translation>
    </message>
    <message>
        <source>its images have {channels} channels, not 1 (grey) or 3 (colour)</source>
        <translation>sus imágenes tienen {channels} canales, no 1 (gris) o 3 (color)</translation>
    </message>
    <message>
        <source>{what} holds values that are not finite numbers</source>
        <translation>{what} contiene valores que no son números finitos</translation>
    </message>
    <message>
        <source>it has no tensor &apos;{tensor_name}&apos;</source>
        <translation>no tiene ningún tensor &apos;{tensor_name}&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;{names}&apos; has the shape {shape}, which no model has</source>
        <translation>el tensor &apos;{names}&apos; tiene la forma {shape}, que no tiene ningún modelo</translation>
    </message>
    <message>
        <source>its weights are for {n} features, but its {size}×{size} images with {channels} channels have {n_features}</source>
        <translation>sus pesos son para {n} características, pero sus imágenes de {size}×{size} con {channels} canales tienen {n_features}</translation>
    </message>
    <message>
        <source>its weights are for {n} features, more than lrgui supports</source>
        <translation>sus pesos son para {n} características, más de las que admite lrgui</translation>
    </message>
    <message>
        <source>tensor &apos;{tensor_name}&apos; has the shape {shape}, not {shape2} as {k} classes and {n} features need</source>
        <translation>el tensor &apos;{tensor_name}&apos; tiene la forma {shape}, no {shape2} como necesitan {k} clases y {n} características</translation>
    </message>
    <message>
        <source>it has no tensor &apos;costs&apos;</source>
        <translation>no tiene ningún tensor &apos;costs&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;costs&apos; has the shape {shape}, not (T, 2)</source>
        <translation>el tensor &apos;costs&apos; tiene la forma {shape}, no (T, 2)</translation>
    </message>
    <message>
        <source>tensor &apos;costs&apos; holds iteration numbers that are not whole numbers from 0</source>
        <translation>el tensor &apos;costs&apos; contiene números de iteración que no son enteros desde 0</translation>
    </message>
    <message>
        <source>its parameters name an unknown setting &apos;{key}&apos;</source>
        <translation>sus parámetros nombran un ajuste desconocido &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>its setting &apos;{key}&apos; is not a plain value</source>
        <translation>su ajuste &apos;{key}&apos; no es un valor simple</translation>
    </message>
    <message>
        <source>its setting &apos;{key}&apos; is too long</source>
        <translation>su ajuste &apos;{key}&apos; es demasiado largo</translation>
    </message>
    <message>
        <source>its setting &apos;dtype&apos; is {dtype}, not float32 or float64</source>
        <translation>su ajuste &apos;dtype&apos; es {dtype}, no float32 ni float64</translation>
    </message>
    <message>
        <source>its &apos;state&apos; metadata does not hold exactly {join}</source>
        <translation>sus metadatos &apos;state&apos; no contienen exactamente {join}</translation>
    </message>
    <message>
        <source>its state &apos;{key}&apos; is not a {name}</source>
        <translation>su estado &apos;{key}&apos; no es un {name}</translation>
    </message>
    <message>
        <source>its iteration count is out of range</source>
        <translation>su número de iteraciones está fuera de rango</translation>
    </message>
    <message>
        <source>its preprocessing &apos;{kind}&apos; is not one lrgui knows</source>
        <translation>su preprocesamiento &apos;{kind}&apos; no lo conoce lrgui</translation>
    </message>
    <message>
        <source>its preprocessing_dtype &apos;{dtype}&apos; is not float32 or float64</source>
        <translation>su preprocessing_dtype &apos;{dtype}&apos; no es float32 ni float64</translation>
    </message>
    <message>
        <source>it holds standardisation statistics, but its preprocessing is &apos;{kind}&apos;</source>
        <translation>contiene estadísticas de estandarización, pero su preprocesamiento es &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>it standardises its inputs, but lacks the tensor &apos;mean&apos; or &apos;std&apos;</source>
        <translation>estandariza sus entradas, pero le falta el tensor &apos;mean&apos; o &apos;std&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;{key}&apos; has the shape {shape}, not ({n_features},)</source>
        <translation>el tensor &apos;{key}&apos; tiene la forma {shape}, no ({n_features},)</translation>
    </message>
    <message>
        <source>tensor &apos;std&apos; holds values that are not positive</source>
        <translation>el tensor &apos;std&apos; contiene valores que no son positivos</translation>
    </message>
    <message>
        <source>its history has no tensor &apos;{history_prefix}{required}&apos;</source>
        <translation>su historial no tiene ningún tensor &apos;{history_prefix}{required}&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;history.iterations&apos; is not a non-empty list</source>
        <translation>el tensor &apos;history.iterations&apos; no es una lista no vacía</translation>
    </message>
    <message>
        <source>tensor &apos;history.iterations&apos; is not a rising count from 0</source>
        <translation>el tensor &apos;history.iterations&apos; no es una cuenta creciente desde 0</translation>
    </message>
    <message>
        <source>tensor &apos;history.{series}&apos; has the shape {shape}, not ({count},)</source>
        <translation>el tensor &apos;history.{series}&apos; tiene la forma {shape}, no ({count},)</translation>
    </message>
    <message>
        <source>tensor &apos;history.{series}&apos; holds infinite values</source>
        <translation>el tensor &apos;history.{series}&apos; contiene valores infinitos</translation>
    </message>
    <message>
        <source>tensor &apos;history.{series}&apos; holds accuracies outside 0 to 1</source>
        <translation>el tensor &apos;history.{series}&apos; contiene exactitudes fuera de 0 a 1</translation>
    </message>
    <message>
        <source>tensor &apos;history.{key}&apos; has the shape {shape}, not {value}</source>
        <translation>el tensor &apos;history.{key}&apos; tiene la forma {shape}, no {value}</translation>
    </message>
    <message>
        <source>the last entry of tensor &apos;history.{key}&apos; differs from the model&apos;s &apos;{key}&apos;</source>
        <translation>la última entrada del tensor &apos;history.{key}&apos; difiere del &apos;{key}&apos; del modelo</translation>
    </message>
    <message>
        <source>its history is inconsistent ({exc})</source>
        <translation>su historial es incoherente ({exc})</translation>
    </message>
</context>
<context>
    <name>ModelKind</name>
    <message>
        <source>Logistic regression</source>
        <extracomment>Logits of this many values at most are held at once while a step slice is computed.</extracomment>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <source>one sigmoid neuron (a softmax over three or more classes)</source>
        <translation>una neurona sigmoide (un softmax con tres o más clases)</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unidades ocultas</translation>
    </message>
    <message>
        <source>units of the hidden layer</source>
        <translation>unidades de la capa oculta</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>the hidden units&apos; activation</source>
        <translation>la activación de las unidades ocultas</translation>
    </message>
    <message>
        <source>Minibatches</source>
        <translation>Minilotes</translation>
    </message>
    <message>
        <source>minibatches per epoch (1 = full-batch gradient descent)</source>
        <translation>minilotes por época (1 = descenso de gradiente con todo el lote)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>rows per minibatch, instead of a number of minibatches</source>
        <translation>filas por minilote, en lugar de un número de minilotes</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>Penalización L1</translation>
    </message>
    <message>
        <source>L1 penalty l1·|W| on the weights</source>
        <translation>Penalización L1 l1·|W| sobre los pesos</translation>
    </message>
    <message>
        <source>Neural network (one hidden layer)</source>
        <translation>Red neuronal (una capa oculta)</translation>
    </message>
    <message>
        <source>one hidden layer of sigmoid, tanh or relu units, a softmax output</source>
        <translation>una capa oculta de unidades sigmoide, tanh o relu, una salida softmax</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>the kind of model to train</source>
        <translation>el tipo de modelo que se entrena</translation>
    </message>
    <message>
        <source>Standardise inputs (zero mean, unit variance)</source>
        <translation>Estandarizar las entradas (media cero, varianza unidad)</translation>
    </message>
    <message>
        <source>standardise features (zero mean, unit variance, fitted on the training set) instead of pixels/255</source>
        <translation>estandarizar las características (media cero, varianza uno, ajustadas en el conjunto de entrenamiento) en lugar de píxeles/255</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>seed for sampling, splits and initial weights</source>
        <translation>semilla para el muestreo, las divisiones y los pesos iniciales</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>step size of gradient descent; several, separated by commas or spaces, train one model each and compare</source>
        <translation>tamaño de paso del descenso de gradiente; varias, separadas por espacios o punto y coma, entrenan un modelo cada una para comparar</translation>
    </message>
    <message>
        <source>step size of gradient descent</source>
        <extracomment>The learning rate of one Playground pane: one rate (its own Race compares several).</extracomment>
        <translation>tamaño del paso del descenso de gradiente</translation>
    </message>
    <message>
        <source>Record every</source>
        <translation>Registrar cada</translation>
    </message>
    <message>
        <source>record the cost, the accuracies and the weights every N steps; left unset, the network chooses from the data&apos;s size so that recording costs under a tenth of training</source>
        <translation>registrar el coste, las exactitudes y los pesos cada N pasos; si se deja vacío, la red elige según el tamaño de los datos para que registrar cueste menos de una décima parte del entrenamiento</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Penalización L2</translation>
    </message>
    <message>
        <source>L2 penalty (l2/2)·||W||² on the weights</source>
        <translation>Penalización L2 (l2/2)·||W||² sobre los pesos</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>gradient-descent iterations of one run (epochs for a network)</source>
        <translation>iteraciones del descenso de gradiente de una ejecución (épocas en una red)</translation>
    </message>
</context>
<context>
    <name>RunName</name>
    <message>
        <source>standardised</source>
        <extracomment>A recorded cost this many times the one before marks a run as unstable. Full-batch gradient descent with a small enough rate never rises; minibatches add noise of a few per cent between epochs, which is not what a learner should be warned about.</extracomment>
        <translation>estandarizado</translation>
    </message>
    <message>
        <source>pixels ÷ 255</source>
        <translation>píxeles ÷ 255</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>Stopped before the first iteration.</source>
        <extracomment>Events reach the UI at most this often (seconds) while nothing visible happens. A paced run sleeps in slices this short, so Pause and Stop answer at once. The live run keeps at most this many recorded points for replay (thinned evenly beyond, last kept).</extracomment>
        <translation>Detenido antes de la primera iteración.</translation>
    </message>
    <message>
        <source>{steps} in {seconds} s</source>
        <translation>{steps} en {seconds} s</translation>
    </message>
    <message>
        <source>Stopped after {note}; the weights reached are kept</source>
        <translation>Detenido tras {note}; se conservan los pesos alcanzados</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>Circles, squares and triangles: {count} colour pictures, 64×64, drawn on first use (3 classes)</source>
        <translation>Círculos, cuadrados y triángulos: {count} imágenes en color, 64×64, dibujadas en el primer uso (3 clases)</translation>
    </message>
    <message>
        <source>Handwritten digits 0–9: {count} grayscale scans, 8×8 (10 classes; UCI, via scikit-learn)</source>
        <translation>Dígitos manuscritos 0–9: {count} escaneos en escala de grises, 8×8 (10 clases; UCI, vía scikit-learn)</translation>
    </message>
    <message>
        <source>Unknown sample {name}; the samples are: {join}.</source>
        <extracomment>Recommended settings (keys as in TrainingSettings and ImageFormat), and what they reached when measured: shapes: train 99.7 %, test 95.6 %, cost 1.10 → 0.14 (the tutorials&apos; defaults); digits: train 98.5 %, test 97.5 %, cost 2.30 → 0.09, in under a second. Part of the cache folder&apos;s name: raise it whenever the generator draws different pixels, so an old copy is never mistaken for the new one. Written last into a generated sample; a folder without it is incomplete. Temporary folders older than this were left by a crashed process.</extracomment>
        <translation>Ejemplo desconocido {name}; los ejemplos son: {join}.</translation>
    </message>
    <message>
        <source>The {name} sample is not installed: {folder} is missing.</source>
        <translation>El ejemplo {name} no está instalado: falta {folder}.</translation>
    </message>
    <message>
        <source>Cannot write the shapes sample to {parent}: {value}</source>
        <translation>No se puede escribir el ejemplo de formas en {parent}: {value}</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>{label} must be given.</source>
        <translation>Hay que indicar {label}.</translation>
    </message>
    <message>
        <source>{label} must be true or false, not {value}.</source>
        <translation>{label} debe ser verdadero o falso, no {value}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number, not {value}.</source>
        <translation>{label} debe ser un número entero, no {value}.</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}.</source>
        <translation>{label} debe ser un número, no {value}.</translation>
    </message>
    <message>
        <source>{label} must be a finite number, not {value}.</source>
        <translation>{label} debe ser un número finito, no {value}.</translation>
    </message>
    <message>
        <source>{label} must be a text, not {value}.</source>
        <translation>{label} debe ser un texto, no {value}.</translation>
    </message>
    <message>
        <source>{label} must be one of {join}, not {value}.</source>
        <translation>{label} debe ser uno de {join}, no {value}.</translation>
    </message>
    <message>
        <source>{label} must be a JSON object, not {kind}.</source>
        <translation>{label} debe ser un objeto JSON, no {kind}.</translation>
    </message>
    <message>
        <source>{label} must be a list, not {kind}.</source>
        <translation>{label} debe ser una lista, no {kind}.</translation>
    </message>
    <message>
        <source>{label} must hold at most {maximum} entries, not {count}.</source>
        <translation>{label} debe contener como mucho {maximum} entradas, no {count}.</translation>
    </message>
    <message>
        <source>greater than {number}</source>
        <translation>mayor que {number}</translation>
    </message>
    <message>
        <source>at least {number}</source>
        <translation>al menos {number}</translation>
    </message>
    <message>
        <source>{label} must be {bound}, not {number}.</source>
        <extracomment>Learning rates and penalties above this are typing mistakes, not settings (and overflow float32 at once).</extracomment>
        <translation>{label} debe ser {bound}, no {number}.</translation>
    </message>
    <message>
        <source>{label} must be at most {number}, not {number2}.</source>
        <translation>{label} debe ser como mucho {number}, no {number2}.</translation>
    </message>
    <message>
        <source>{what} must be a JSON object, not {kind}.</source>
        <translation>{what} debe ser un objeto JSON, no {kind}.</translation>
    </message>
    <message>
        <source>{what} holds an unknown entry {key}.</source>
        <translation>{what} contiene una entrada desconocida {key}.</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>El modelo</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <extracomment>every kind&apos;s settings; a kind&apos;s own come in its ``settings`` the common settings chosen beside a kind&apos;s own, in the window&apos;s form and as flags (the model is chosen first, by its own box or flag; the seed is the data&apos;s and the lesson&apos;s, with its own flag)</extracomment>
        <translation>La tasa de aprendizaje</translation>
    </message>
    <message>
        <source>The number of iterations</source>
        <translation>El número de iteraciones</translation>
    </message>
    <message>
        <source>The number of epochs</source>
        <translation>El número de épocas</translation>
    </message>
    <message>
        <source>Record every</source>
        <translation>Registrar cada</translation>
    </message>
    <message>
        <source>The L2 penalty</source>
        <translation>La penalización L2</translation>
    </message>
    <message>
        <source>The L1 penalty</source>
        <translation>La penalización L1</translation>
    </message>
    <message>
        <source>The number of hidden units</source>
        <extracomment>Minibatches per epoch, and rows per minibatch. Hidden activations computed per block of grid rows: 256 K floats (1 MB) stay in the cache.</extracomment>
        <translation>El número de unidades ocultas</translation>
    </message>
    <message>
        <source>The activation</source>
        <translation>La activación</translation>
    </message>
    <message>
        <source>The number of minibatches</source>
        <translation>El número de minilotes</translation>
    </message>
    <message>
        <source>The batch size</source>
        <translation>El tamaño de lote</translation>
    </message>
    <message>
        <source>Standardise</source>
        <translation>Estandarizar</translation>
    </message>
    <message>
        <source>The seed</source>
        <translation>La semilla</translation>
    </message>
    <message>
        <source>An accuracy</source>
        <extracomment>the settings&apos; limits are the kinds&apos; (lrgui.kinds): re-exported for the readers of files</extracomment>
        <translation>Una exactitud</translation>
    </message>
    <message>
        <source>A count</source>
        <translation>Un recuento</translation>
    </message>
    <message>
        <source>The model&apos;s settings</source>
        <translation>Los ajustes del modelo</translation>
    </message>
    <message>
        <source>The model&apos;s class list</source>
        <translation>La lista de clases del modelo</translation>
    </message>
    <message>
        <source>The training accuracy</source>
        <translation>La exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>The test accuracy</source>
        <translation>La exactitud de prueba</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergió</translation>
    </message>
    <message>
        <source>The instability note</source>
        <translation>La nota de inestabilidad</translation>
    </message>
    <message>
        <source>The unstable iteration</source>
        <translation>La iteración inestable</translation>
    </message>
    <message>
        <source>The cost&apos;s rise</source>
        <translation>La subida del coste</translation>
    </message>
    <message>
        <source>The playground&apos;s hidden units</source>
        <extracomment>The Playground&apos;s network: a few points on a plane, at most this many hidden units (each one&apos;s line is drawn).</extracomment>
        <translation>Las unidades ocultas de la zona de pruebas</translation>
    </message>
    <message>
        <source>Show hidden lines</source>
        <extracomment>A pane&apos;s own entries beside its kind&apos;s Playground settings (lrgui.kinds.base.Playground)</extracomment>
        <translation>Mostrar las rectas ocultas</translation>
    </message>
    <message>
        <source>The line&apos;s start chosen on the landscape</source>
        <translation>El inicio de la recta elegido en el paisaje</translation>
    </message>
    <message>
        <source>The trained pane</source>
        <translation>El panel entrenado</translation>
    </message>
    <message>
        <source>The trained pane&apos;s activation</source>
        <extracomment>A trained pane as a lesson keeps it (its history thinned to at most this many points). a trained pane of a kind without an activation setting has none</extracomment>
        <translation>La activación del panel entrenado</translation>
    </message>
    <message>
        <source>The trained pane&apos;s history</source>
        <translation>El historial del panel entrenado</translation>
    </message>
    <message>
        <source>The trained pane&apos;s accuracy</source>
        <translation>La exactitud del panel entrenado</translation>
    </message>
    <message>
        <source>The trained pane&apos;s iteration</source>
        <translation>La iteración del panel entrenado</translation>
    </message>
    <message>
        <source>The trained pane&apos;s costs</source>
        <translation>Los costes del panel entrenado</translation>
    </message>
    <message>
        <source>The trained pane&apos;s advice</source>
        <translation>El consejo del panel entrenado</translation>
    </message>
    <message>
        <source>A recorded iteration</source>
        <translation>Una iteración registrada</translation>
    </message>
    <message>
        <source>A recorded cost</source>
        <translation>Un coste registrado</translation>
    </message>
    <message>
        <source>A weight</source>
        <translation>Un peso</translation>
    </message>
    <message>
        <source>The playground&apos;s data set</source>
        <translation>El conjunto de datos de la zona de pruebas</translation>
    </message>
    <message>
        <source>The playground&apos;s number of points</source>
        <translation>El número de puntos de la zona de pruebas</translation>
    </message>
    <message>
        <source>The playground&apos;s noise</source>
        <translation>El ruido de la zona de pruebas</translation>
    </message>
    <message>
        <source>The playground&apos;s seed</source>
        <translation>La semilla de la zona de pruebas</translation>
    </message>
    <message>
        <source>The playground&apos;s points</source>
        <translation>Los puntos de la zona de pruebas</translation>
    </message>
    <message>
        <source>The playground&apos;s labels</source>
        <translation>Las etiquetas de la zona de pruebas</translation>
    </message>
    <message>
        <source>The playground&apos;s panes</source>
        <translation>Los paneles de la zona de pruebas</translation>
    </message>
    <message>
        <source>A point&apos;s coordinate</source>
        <translation>La coordenada de un punto</translation>
    </message>
    <message>
        <source>A point&apos;s label</source>
        <translation>La etiqueta de un punto</translation>
    </message>
    <message>
        <source>A run&apos;s curve</source>
        <extracomment>A run&apos;s curves hold at most this many (iteration, value) points each.</extracomment>
        <translation>La curva de una ejecución</translation>
    </message>
    <message>
        <source>A run&apos;s recorded cost</source>
        <extracomment>a recorded value: a cost or an accuracy; null where it was not a finite number (a diverged run&apos;s cost)</extracomment>
        <translation>Un coste registrado de una ejecución</translation>
    </message>
    <message>
        <source>A run&apos;s recorded test cost</source>
        <translation>Un coste de prueba registrado de una ejecución</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenida antes de terminar</translation>
    </message>
    <message>
        <source>Each point of a run&apos;s curve must be an iteration and a value.</source>
        <translation>Cada punto de la curva de una ejecución debe ser una iteración y un valor.</translation>
    </message>
    <message>
        <source>The unstable iteration must be given.</source>
        <translation>Debe indicarse la iteración inestable.</translation>
    </message>
    <message>
        <source>The model&apos;s class list must hold texts only.</source>
        <translation>La lista de clases del modelo solo puede contener textos.</translation>
    </message>
    <message>
        <source>The playground&apos;s points and labels must be two lists of the same length.</source>
        <translation>Los puntos y las etiquetas de la zona de pruebas deben ser dos listas de la misma longitud.</translation>
    </message>
    <message>
        <source>Each of the playground&apos;s points must be a pair of numbers.</source>
        <translation>Cada punto de la zona de pruebas debe ser un par de números.</translation>
    </message>
    <message>
        <source>The playground has no pane {kind}.</source>
        <translation>La zona de pruebas no tiene ningún panel {kind}.</translation>
    </message>
    <message>
        <source>Only the line&apos;s pane has a start, and it is three numbers (w₁, w₂, b).</source>
        <translation>Solo el panel de la recta tiene un inicio, y son tres números (w₁, w₂, b).</translation>
    </message>
    <message>
        <source>Each point of a trained pane&apos;s history must be an iteration and its parameters.</source>
        <translation>Cada punto del historial de un panel entrenado debe ser una iteración y sus parámetros.</translation>
    </message>
    <message>
        <source>A trained {kind} pane&apos;s parameters must be {join}.</source>
        <translation>Los parámetros de un panel {kind} entrenado deben ser {join}.</translation>
    </message>
    <message>
        <source>Each of a trained pane&apos;s costs must be an iteration and a cost.</source>
        <translation>Cada coste de un panel entrenado debe ser una iteración y un coste.</translation>
    </message>
    <message>
        <source>A trained pane&apos;s parameters must be numbers, vectors or small matrices.</source>
        <translation>Los parámetros de un panel entrenado deben ser números, vectores o matrices pequeñas.</translation>
    </message>
    <message>
        <source>A trained {kind} pane&apos;s parameters do not have the shapes of its model.</source>
        <translation>Los parámetros de un panel {kind} entrenado no tienen las formas de su modelo.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Unknown class {name}; the classes are: {join}.</source>
        <translation>Clase desconocida {name}; las clases son: {join}.</translation>
    </message>
    <message>
        <source>The class {positive} for one-vs-rest is not among the chosen classes.</source>
        <translation>La clase {positive} para uno contra el resto no está entre las clases elegidas.</translation>
    </message>
    <message>
        <source>The number of images per class must be at least 1, not {per_class}.</source>
        <translation>El número de imágenes por clase debe ser al menos 1, no {per_class}.</translation>
    </message>
    <message>
        <source>Choose at least two classes to train on.</source>
        <translation>Elige al menos dos clases para entrenar.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The L1 penalty is only available for the neural network.</source>
        <translation>La penalización L1 solo está disponible para la red neuronal.</translation>
    </message>
    <message>
        <source>{text} is not a learning rate; separate rates with spaces or semicolons.</source>
        <translation>{text} no es una tasa de aprendizaje; separa las tasas con espacios o punto y coma.</translation>
    </message>
    <message>
        <source>Type one or more learning rates, separated by spaces.</source>
        <translation>Escribe una o varias tasas de aprendizaje, separadas por espacios.</translation>
    </message>
    <message>
        <source>Unknown model {model}; choose one of {join}.</source>
        <extracomment>a kind&apos;s older names (read from old files, never written) → its name</extracomment>
        <translation>Modelo desconocido {model}; elige uno de {join}.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Unknown data source {kind}; choose one of {join}.</source>
        <extracomment>The share of each class held out for testing when the data bring no test set (the same for the command line and the app). Toy 2-D sets hold out nothing by default: four points cannot spare a test set. Photos are squashed to 64×64 colour unless the source or the user says otherwise.</extracomment>
        <translation>Fuente de datos desconocida {kind}; elige una de {join}.</translation>
    </message>
    <message>
        <source>The test fraction must be at least 0 and below 1, not {test_fraction}.</source>
        <translation>La fracción de prueba debe ser al menos 0 y menor que 1, no {test_fraction}.</translation>
    </message>
    <message>
        <source>folders {names}</source>
        <translation>carpetas {names}</translation>
    </message>
    <message>
        <source>{title} from {folder}</source>
        <translation>{title} de {folder}</translation>
    </message>
    <message>
        <source>the {name} sample</source>
        <translation>el ejemplo {name}</translation>
    </message>
    <message>
        <source>the {name} set</source>
        <translation>el conjunto {name}</translation>
    </message>
    <message>
        <source>Two classes are named {name}; give each class one name.</source>
        <translation>Dos clases se llaman {name}; da a cada clase un nombre propio.</translation>
    </message>
    <message>
        <source>The folder {folder} is given more than once; each folder may be used once.</source>
        <translation>La carpeta {folder} se indicó más de una vez; cada carpeta solo puede usarse una vez.</translation>
    </message>
    <message>
        <source>The {title} data set has no option {key}; it takes {join}.</source>
        <translation>El conjunto {title} no tiene ninguna opción {key}; admite {join}.</translation>
    </message>
    <message>
        <source>Unknown toy set {name}; choose one of {join}.</source>
        <extracomment>Training settings recommended per source and model (keys of TrainingSettings). Fashion-MNIST&apos;s network: the tutorial&apos;s 50 sigmoid units on 25 minibatches, standardised (train 93.4 %, test 87.9 % at 300 epochs).</extracomment>
        <translation>Conjunto de juguete desconocido {name}; elige uno de {join}.</translation>
    </message>
    <message>
        <source>Give one folder for {title}.</source>
        <translation>Indica una carpeta para {title}.</translation>
    </message>
    <message>
        <source>{images} excluded by you</source>
        <translation>{images} excluidas por ti</translation>
    </message>
    <message>
        <source>Excluding these images would leave no training images of {join}; include some of them again.</source>
        <translation>Excluir estas imágenes no dejaría ninguna imagen de entrenamiento de {join}; vuelve a incluir algunas.</translation>
    </message>
    <message>
        <source>Unknown sample {name}; the samples are: {join}.</source>
        <translation>Ejemplo desconocido {name}; los ejemplos son: {join}.</translation>
    </message>
    <message>
        <source>Give a folder of images: one folder per class, or one folder whose subfolders are the classes.</source>
        <translation>Indica una carpeta de imágenes: una carpeta por clase, o una carpeta cuyas subcarpetas son las clases.</translation>
    </message>
</context>
<context>
    <name>Toy</name>
    <message>
        <source>Unknown logic gate {name}; choose one of {join}.</source>
        <extracomment>Each gate&apos;s output for the rows of :data:`GATE_INPUTS`. Recommended settings per gate and model (keyword arguments of the estimators). Logistic regression reaches 100 % on AND and OR with these and stays at 50 % on XOR (its best line through the four points gives every one probability 0.5). The network&apos;s settings solve all three with a hidden layer of 4 when its initial weights are of order 1/√fan-in; weights of order 0.01 leave XOR stuck on a plateau. Full-batch steps: on the four corners that is what a batch of 4 was, and jittered copies (1,000 points) still train in a second instead of 40 with batches of 4.</extracomment>
        <translation>Puerta lógica desconocida {name}; elige una de {join}.</translation>
    </message>
    <message>
        <source>the {gate} gate: the four corners (0,0), (0,1), (1,0), (1,1); more points add noisy copies of the corners</source>
        <extracomment>A gate&apos;s description; {gate} is its title, filled in where it is shown (ToySet.describe)</extracomment>
        <translation>la puerta {gate}: las cuatro esquinas (0,0), (0,1), (1,0), (1,1); más puntos añaden copias con ruido de las esquinas</translation>
    </message>
    <message>
        <source>Blobs</source>
        <extracomment>The toy data sets by the name the CLI and the app use. Settings measured with lrgui.core (see tests/test_toy.py for what each must reach).</extracomment>
        <translation>Nubes</translation>
    </message>
    <message>
        <source>round clouds around points on the unit circle, one per class</source>
        <translation>nubes redondas alrededor de puntos del círculo unidad, una por clase</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>a ring of radius 1 around a ring of radius 0.5</source>
        <translation>un anillo de radio 1 alrededor de un anillo de radio 0,5</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>two interleaving half circles</source>
        <translation>dos semicírculos entrelazados</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>two interleaved spiral arms of one and a half turns</source>
        <translation>dos brazos de espiral entrelazados de vuelta y media</translation>
    </message>
    <message>
        <source>Unknown model {model}; choose one of {join}.</source>
        <extracomment>The recommended settings of every toy set: name → {&quot;logistic&quot;: {...}, &quot;mlp&quot;: {...}}.</extracomment>
        <translation>Modelo desconocido {model}; elige uno de {join}.</translation>
    </message>
    <message>
        <source>The number of points</source>
        <translation>El número de puntos</translation>
    </message>
    <message>
        <source>The seed</source>
        <translation>La semilla</translation>
    </message>
    <message>
        <source>The {title} data set has no option {unknown}; {allowed}.</source>
        <translation>El conjunto {title} no tiene ninguna opción {unknown}; {allowed}.</translation>
    </message>
    <message>
        <source>The number of classes</source>
        <translation>El número de clases</translation>
    </message>
    <message>
        <source>{points} points cannot make {chosen} classes; give at least one per class.</source>
        <translation>{points} puntos no pueden formar {chosen} clases; da al menos uno por clase.</translation>
    </message>
    <message>
        <source>Unknown toy data set {name}; choose one of {join}.</source>
        <translation>Conjunto de juguete desconocido {name}; elige uno de {join}.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {value}.</source>
        <translation>{what} debe ser un número entero, no {value}.</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}, not {value}.</source>
        <translation>{what} debe estar entre {low} y {high}, no {value}.</translation>
    </message>
    <message>
        <source>The noise must be a number between 0 and {max_noise}, not {value}.</source>
        <translation>El ruido debe ser un número entre 0 y {max_noise}, no {value}.</translation>
    </message>
</context>
<context>
    <name>TrainedModel</name>
    <message>
        <source>This model&apos;s outputs overflow on these images (its weights are too large to give finite probabilities), so it cannot predict; retrain it or use another model.</source>
        <translation>Las salidas de este modelo se desbordan con estas imágenes (sus pesos son demasiado grandes para dar probabilidades finitas), así que no puede predecir; vuelve a entrenarlo o usa otro modelo.</translation>
    </message>
    <message>
        <source>This model was not trained on images, so it cannot classify image files.</source>
        <translation>Este modelo no se entrenó con imágenes, así que no puede clasificar archivos de imagen.</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Cannot continue: the data loaded now differ from the model&apos;s (classes or image format); press Train to start a new model.</source>
        <extracomment>The snapshots of one run may take at most this much memory. the recorded cost is this many times the one before (&gt; 1.1), else None set when a Stop left the point it stopped at unmeasured (the model is the last recorded point): the iteration it stopped at, and the function that measures it and returns the whole run&apos;s result</extracomment>
        <translation>No se puede continuar: los datos cargados ahora difieren de los del modelo (clases o formato de imagen); pulsa Entrenar para empezar un modelo nuevo.</translation>
    </message>
    <message>
        <source>Cannot continue from there: the model has no such recorded point.</source>
        <translation>No se puede continuar desde ahí: el modelo no tiene ese punto registrado.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>n/a</source>
        <extracomment>What a value that does not exist (a precision when nothing was predicted as that class) reads as.</extracomment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>always guessing {name} would score {percent}</source>
        <translation>adivinar siempre {name} daría {percent}</translation>
    </message>
</context>
</TS>
