<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccuracyHeadline</name>
    <message>
        <source>Train a model to see its accuracy.</source>
        <extracomment>The headline&apos;s frame; its own font size, which presentation mode doubles. a new text, perhaps of another height (the presentation band follows it)</extracomment>
        <translation>Entrena un modelo para ver su precisión.</translation>
    </message>
    <message>
        <source>Cost {cost}</source>
        <translation>Coste {cost}</translation>
    </message>
    <message>
        <source> · test {cost}</source>
        <translation> · prueba {cost}</translation>
    </message>
    <message>
        <source>train {percent}</source>
        <translation>entrenamiento {percent}</translation>
    </message>
    <message>
        <source>, test {percent}</source>
        <translation>, prueba {percent}</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergió</translation>
    </message>
    <message>
        <source>at the last finite point: {numbers}</source>
        <translation>en el último punto finito: {numbers}</translation>
    </message>
    <message>
        <source>no test set</source>
        <translation>sin conjunto de prueba</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Precisión de entrenamiento</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Precisión de prueba</translation>
    </message>
</context>
<context>
    <name>AccuracyPlot</name>
    <message>
        <source>Accuracy plot</source>
        <translation>Gráfico de exactitud</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>precisión %</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>precisión de entrenamiento</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>precisión de prueba</translation>
    </message>
    <message>
        <source>training accuracy {percent} at {iteration}</source>
        <translation>exactitud de entrenamiento {percent} en {iteration}</translation>
    </message>
    <message>
        <source>test accuracy {percent} at {iteration}</source>
        <translation>exactitud de prueba {percent} en {iteration}</translation>
    </message>
    <message>
        <source>No accuracy recorded yet.</source>
        <translation>Aún no hay exactitud registrada.</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>Decision boundary map {title}</source>
        <extracomment>Grid points per side: fine enough for a smooth contour, cheap enough to redraw every batch (docs/performance.md). pyqtgraph&apos;s names for the markers of class 0 and class 1 (a circle and a square, told apart without colour). How far towards a class&apos;s colour the map goes where the model is certain. (x, y) in data coordinates of a left click. (x, y) in data coordinates of a right click.</extracomment>
        <translation>Mapa de la frontera de decisión {title}</translation>
    </message>
    <message>
        <source>{dataset}: {count0} points of class 0 (blue circles), {count1} of class 1 (orange squares).</source>
        <extracomment>the data set&apos;s name, for the map&apos;s description</extracomment>
        <translation>{dataset}: {count0} puntos de la clase 0 (círculos azules), {count1} de la clase 1 (cuadrados naranjas).</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>No model yet: the map is even grey.</source>
        <translation>Aún no hay modelo: el mapa es gris uniforme.</translation>
    </message>
    <message>
        <source>The boundary puts {percent} of them on their class&apos;s side; the wrong ones are ringed in red.</source>
        <translation>La frontera pone {percent} de ellos del lado de su clase; los erróneos están rodeados en rojo.</translation>
    </message>
    <message>
        <source>The same probability everywhere: {p}, no side is preferred.</source>
        <translation>La misma probabilidad en todas partes: {p}, ningún lado es preferido.</translation>
    </message>
    <message>
        <source>The same probability everywhere: {value}&lt;br&gt;no side is preferred</source>
        <translation>La misma probabilidad en todas partes: {value}&lt;br&gt;ningún lado es preferido</translation>
    </message>
</context>
<context>
    <name>ClassRow</name>
    <message>
        <source>Use this class</source>
        <translation>Usar esta clase</translation>
    </message>
    <message>
        <source>Use this class for training</source>
        <translation>Usar esta clase para entrenar</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nombre de la clase</translation>
    </message>
    <message>
        <source>Class name (click to rename)</source>
        <translation>Nombre de la clase (clic para renombrar)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>Remove class {name}</source>
        <translation>Quitar la clase {name}</translation>
    </message>
    <message>
        <source> + {count} test</source>
        <translation> + {count} prueba</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <source>Contribution map</source>
        <extracomment>The smallest height of one class&apos;s bar, in pixels.</extracomment>
        <translation>Mapa de contribuciones</translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <source>The cost J: how wrong the model is on average. For each image, −log of the probability it gives the image&apos;s true class (0 when it is sure and right), averaged over the images, plus the penalty if any. Gradient descent makes it smaller step by step.</source>
        <extracomment>Distinct, colour-blind-friendly colours (Okabe–Ito) for compared runs. The test cost: vermillion and dashed, told apart from the training cost by colour and by line style. Where a run went wrong. What the cost axis measures, for a pointer resting on it (the formulas are in docs/math.md).</extracomment>
        <translation>El coste J: cuánto se equivoca el modelo en promedio. Para cada imagen, −log de la probabilidad que da a la clase verdadera de la imagen (0 cuando está seguro y acierta), promediado sobre las imágenes, más la penalización si la hay. El descenso de gradiente lo reduce paso a paso.</translation>
    </message>
    <message>
        <source>Cost plot</source>
        <extracomment>called after every change (the plot&apos;s words for a screen reader follow the curve) the same run&apos;s test cost, when it has a test set the largest finite cost recorded (the live frame&apos;s top follows it without scanning the curve) while its plot is hidden, the points are kept and given to pyqtgraph when it is shown (flush) Beyond this many points, markers cost far more to draw than they show. curves that stand still (no live run) are kept drawn in a pixmap: moving the replay cursor then repaints a picture, not every segment of an antialiased curve</extracomment>
        <translation>Gráfico del coste</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>Cost during training</source>
        <translation>Coste durante el entrenamiento</translation>
    </message>
    <message>
        <source>Export plot as PNG…</source>
        <extracomment>while a run is drawn live: (last step, top of the cost axis); None otherwise (see begin_live)</extracomment>
        <translation>Exportar el gráfico como PNG…</translation>
    </message>
    <message>
        <source>Export costs as CSV…</source>
        <translation>Exportar los costes como CSV…</translation>
    </message>
    <message>
        <source>test cost</source>
        <translation>coste de prueba</translation>
    </message>
    <message>
        <source>{name} test cost</source>
        <translation>{name} coste de prueba</translation>
    </message>
    <message>
        <source>dashed: test cost</source>
        <translation>discontinua: coste de prueba</translation>
    </message>
    <message>
        <source>No cost recorded yet: train to draw the curve.</source>
        <translation>Aún no hay coste registrado: entrena para dibujar la curva.</translation>
    </message>
    <message>
        <source>{run}at {step} {iteration}: training cost {cost}</source>
        <translation>{run}en {step} {iteration}: coste de entrenamiento {cost}</translation>
    </message>
    <message>
        <source>, test cost {cost}</source>
        <translation>, coste de prueba {cost}</translation>
    </message>
    <message>
        <source>Shown: {step} {iteration}, training cost {cost}</source>
        <translation>Mostrado: {step} {iteration}, coste de entrenamiento {cost}</translation>
    </message>
    <message>
        <source>Could not draw the plot as a PNG for {path}.</source>
        <translation>No se pudo dibujar el gráfico como PNG para {path}.</translation>
    </message>
    <message>
        <source>the plot</source>
        <translation>el gráfico</translation>
    </message>
    <message>
        <source>the costs</source>
        <translation>los costes</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
</context>
<context>
    <name>DataLoading</name>
    <message>
        <source>Settings changed: loading again…</source>
        <translation>Ajustes cambiados: cargando de nuevo…</translation>
    </message>
    <message>
        <source>Add at least two classes to train.</source>
        <translation>Añade al menos dos clases para entrenar.</translation>
    </message>
    <message>
        <source>%v / %m images</source>
        <translation>%v / %m imágenes</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>Cargando imágenes…</translation>
    </message>
    <message>
        <source>no images loaded</source>
        <translation>ninguna imagen cargada</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Sin memoria</translation>
    </message>
    <message>
        <source>There is not enough memory to load these images. Try a smaller image size or fewer images per class.</source>
        <translation>No hay memoria suficiente para cargar estas imágenes. Prueba un tamaño de imagen menor o menos imágenes por clase.</translation>
    </message>
    <message>
        <source>Loading failed: not enough memory.</source>
        <translation>Falló la carga: memoria insuficiente.</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Falló la carga</translation>
    </message>
    <message>
        <source>Unexpected error while loading: {error}</source>
        <translation>Error inesperado al cargar: {error}</translation>
    </message>
    <message>
        <source>Loading failed.</source>
        <translation>Falló la carga.</translation>
    </message>
    <message>
        <source>Loading cancelled. Press Reload to load the images.</source>
        <translation>Carga cancelada. Pulsa Recargar para cargar las imágenes.</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>escala de grises</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>Images are read at &lt;b&gt;{size}×{size} {kind}&lt;/b&gt; (photos usually use {usual}×{usual} colour).</source>
        <translation>Las imágenes se leen a &lt;b&gt;{size}×{size} {kind}&lt;/b&gt; (las fotos suelen usar {usual}×{usual} en color).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loaded {images}&lt;/b&gt;; to train: {counts}; {features} features each, in {seconds} s.</source>
        <translation>&lt;b&gt;Cargadas: {images}&lt;/b&gt;; para entrenar: {counts}; {features} características cada una, en {seconds} s.</translation>
    </message>
    <message>
        <source>Loaded {images}</source>
        <translation>Cargadas: {images}</translation>
    </message>
    <message>
        <source>Skipped files ({count})</source>
        <translation>Archivos omitidos ({count})</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt; — add one folder of images per class, or one folder whose subfolders are the classes (it may hold &lt;i&gt;train/&lt;/i&gt; and &lt;i&gt;test/&lt;/i&gt;). You can also drop folders here.</source>
        <translation>&lt;b&gt;Clases&lt;/b&gt; — añade una carpeta de imágenes por clase, o una carpeta cuyas subcarpetas sean las clases (puede contener &lt;i&gt;train/&lt;/i&gt; y &lt;i&gt;test/&lt;/i&gt;). También puedes soltar carpetas aquí.</translation>
    </message>
    <message>
        <source>Add class folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Choose a class folder, or a parent folder of class folders</source>
        <translation>Elige una carpeta de clase, o una carpeta que contenga carpetas de clases</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Quitar todo</translation>
    </message>
    <message>
        <source>No classes yet.
Drop class folders here, or use “Add class folder…”.</source>
        <translation>Aún no hay clases.
Suelta carpetas de clases aquí o usa «Añadir carpeta…».</translation>
    </message>
    <message>
        <source>No pictures at hand? Load the sample: circles, squares and triangles</source>
        <translation>¿No tienes imágenes? Carga el ejemplo: círculos, cuadrados y triángulos</translation>
    </message>
    <message>
        <source>A small generated dataset that trains in seconds (File → Open sample)</source>
        <translation>Un pequeño conjunto de datos generado que se entrena en segundos (Archivo → Abrir ejemplo)</translation>
    </message>
    <message>
        <source>Images and test set</source>
        <translation>Imágenes y conjunto de prueba</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Every image is squashed to this width and height</source>
        <translation>Cada imagen se ajusta a este ancho y alto</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Escala de grises</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Share of each class kept aside for testing (when there are no test folders)</source>
        <translation>Parte de cada clase reservada para la prueba (cuando no hay carpetas de prueba)</translation>
    </message>
    <message>
        <source>Hold out for testing:</source>
        <translation>Para prueba:</translation>
    </message>
    <message>
        <source>Train one class against an equal-size sample of all the others</source>
        <translation>Entrenar una clase contra una muestra del mismo tamaño de todas las demás</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Use at most this many images per class (a seeded random sample)</source>
        <translation>Usar como máximo tantas imágenes por clase (una muestra aleatoria reproducible)</translation>
    </message>
    <message>
        <source>Images per class:</source>
        <translation>Imágenes por clase:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Clases:</translation>
    </message>
    <message>
        <source>no images loaded</source>
        <translation>ninguna imagen cargada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Read the folders again</source>
        <translation>Leer las carpetas de nuevo</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Archivos omitidos</translation>
    </message>
    <message>
        <source>used only when the dataset has no test files</source>
        <translation>solo si el conjunto no tiene archivos de prueba</translation>
    </message>
    <message>
        <source>test set from the test/ folders</source>
        <translation>conjunto de prueba de las carpetas test/</translation>
    </message>
    <message>
        <source>All chosen classes</source>
        <translation>Todas las clases elegidas</translation>
    </message>
    <message>
        <source>{name} vs. the rest</source>
        <translation>{name} contra el resto</translation>
    </message>
    <message>
        <source>Choose a class folder, or a folder of class folders</source>
        <translation>Elige una carpeta de clase, o una carpeta de carpetas de clases</translation>
    </message>
    <message>
        <source>The imported dataset was replaced by the folders added; images are read at {size}×{size} colour again</source>
        <translation>El conjunto importado se sustituyó por las carpetas añadidas; las imágenes vuelven a leerse a {size}×{size} en color</translation>
    </message>
    <message>
        <source>Cannot add folder</source>
        <translation>No se puede añadir la carpeta</translation>
    </message>
    <message>
        <source>Added {classes}</source>
        <translation>{classes} añadida(s)</translation>
    </message>
    <message>
        <source>Name in use</source>
        <translation>Nombre en uso</translation>
    </message>
    <message>
        <source>There is already a class named {name}.</source>
        <translation>Ya hay una clase llamada {name}.</translation>
    </message>
    <message>
        <source>Importing {title} from {folder}</source>
        <translation>Importando {title} desde {folder}</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <extracomment>Strokes and clears kept for undo (a 256×256 picture takes 256 KB). The smallest side at which the canvas is shown. The flip marks&apos; tint over the picture.</extracomment>
        <translation>Lienzo de dibujo</translation>
    </message>
    <message>
        <source>Paint with the left mouse button, a pen or a finger; the right button erases.</source>
        <translation>Pinta con el botón izquierdo, un lápiz o un dedo; el botón derecho borra.</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>Plain background</source>
        <extracomment>The shortest wait between a stroke and the answer it brings, in milliseconds. Brush sizes offered, in canvas pixels.</extracomment>
        <translation>Fondo liso</translation>
    </message>
    <message>
        <source>Mean training image</source>
        <translation>Imagen media</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <extracomment>answers computed so far, and the seconds the last one took (the benchmark and the tests read them)</extracomment>
        <translation>&amp;Pincel</translation>
    </message>
    <message>
        <source>Paint with the brush colour</source>
        <translation>Pintar con el color del pincel</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Goma</translation>
    </message>
    <message>
        <source>Paint the background back (the right mouse button erases too)</source>
        <translation>Volver a pintar el fondo (el botón derecho también borra)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Tamaño del pincel</translation>
    </message>
    <message>
        <source>Brush size in canvas pixels (the canvas is {size}×{size}); [ and ] change it</source>
        <translation>Tamaño del pincel en píxeles del lienzo (mide {size}×{size}); [ y ] lo cambian</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Choose any brush colour</source>
        <translation>Elegir cualquier color de pincel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Deshacer el último trazo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Start again on the background</source>
        <translation>Empezar de nuevo sobre el fondo</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Start from a photo (or drop one here, or paste one with Ctrl+V) and paint over it</source>
        <translation>Empezar con una foto (o soltar una aquí, o pegarla con Ctrl+V) y pintar encima</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>What an empty canvas shows: the training pictures&apos; border colour, or their average picture</source>
        <translation>Lo que muestra un lienzo vacío: el color del borde de las imágenes de entrenamiento, o su imagen media</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Lo que ve el modelo</translation>
    </message>
    <message>
        <source>The drawing as the model receives it, each of its pixels a square</source>
        <translation>El dibujo tal como lo recibe el modelo, cada uno de sus píxeles un cuadrado</translation>
    </message>
    <message>
        <source>Which pixels pushed where: vermillion for the predicted class, blue against it</source>
        <translation>Qué píxeles empujaron hacia dónde: bermellón a favor de la clase predicha, azul en contra</translation>
    </message>
    <message>
        <source>The hidden units&apos; activations; below, the weights of the units that matter most for the predicted class, with their a·W2</source>
        <translation>Las activaciones de las unidades ocultas; debajo, los pesos de las unidades que más cuentan para la clase predicha, con su a·W2</translation>
    </message>
    <message>
        <source>Which pixels pushed where</source>
        <translation>Qué píxeles empujaron</translation>
    </message>
    <message>
        <source>What would flip it?</source>
        <translation>¿Qué lo cambiaría?</translation>
    </message>
    <message>
        <source>Mark the pixels that push hardest towards the runner-up class</source>
        <translation>Marcar los píxeles que más empujan hacia la segunda clase</translation>
    </message>
    <message>
        <source>Add to class…</source>
        <translation>Añadir a…</translation>
    </message>
    <message>
        <source>Save the drawing as a PNG into a class folder, to train on it</source>
        <translation>Guardar el dibujo como PNG en una carpeta de clase, para entrenar con él</translation>
    </message>
    <message>
        <source>Draw tab: {action}</source>
        <translation>Dibujar: {action}</translation>
    </message>
    <message>
        <source>Draw tab: smaller, larger brush</source>
        <translation>Dibujar: pincel más pequeño, más grande</translation>
    </message>
    <message>
        <source>Draw tab: brush colours</source>
        <translation>Dibujar: colores del pincel</translation>
    </message>
    <message>
        <source>Draw tab: start from the image on the clipboard</source>
        <translation>Dibujar: empezar con la imagen del portapapeles</translation>
    </message>
    <message>
        <source>Brush colour {colour}</source>
        <translation>Color del pincel {colour}</translation>
    </message>
    <message>
        <source>Brush colour {colour} ({key})</source>
        <translation>Color del pincel {colour} ({key})</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model yet.&lt;/b&gt; Train one, or open a model file, then draw here.</source>
        <translation>&lt;b&gt;Aún no hay modelo.&lt;/b&gt; Entrena uno o abre un archivo de modelo, y luego dibuja aquí.</translation>
    </message>
    <message>
        <source>This model does not work on images, so there is nothing to draw.</source>
        <translation>Este modelo no trabaja con imágenes, así que no hay nada que dibujar.</translation>
    </message>
    <message>
        <source>The mean image needs the training pictures: load them on the Data tab.</source>
        <translation>La imagen media necesita las imágenes de entrenamiento: cárgalas en la pestaña Datos.</translation>
    </message>
    <message>
        <source>Brush colour</source>
        <translation>Color del pincel</translation>
    </message>
    <message>
        <source>Start from an image</source>
        <translation>Empezar con una imagen</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Imágenes ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the image</source>
        <translation>No se puede abrir la imagen</translation>
    </message>
    <message>
        <source>{file} cannot be used: {error}.</source>
        <translation>No se puede usar {file}: {error}.</translation>
    </message>
    <message>
        <source>Drawing over {file}</source>
        <translation>Dibujando sobre {file}</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>It looks like &lt;b&gt;{name}&lt;/b&gt; ({percent})</source>
        <translation>Parece &lt;b&gt;{name}&lt;/b&gt; ({percent})</translation>
    </message>
    <message>
        <source>Another folder, or a new class…</source>
        <translation>Otra carpeta, o una clase nueva…</translation>
    </message>
    <message>
        <source>Add the drawing to the class folder (make a new one for a new class)</source>
        <translation>Añadir el dibujo a la carpeta de la clase (crea una nueva para una clase nueva)</translation>
    </message>
    <message>
        <source>Cannot add the drawing</source>
        <translation>No se puede añadir el dibujo</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}: press Reload on the Data tab to train with it.</source>
        <translation>{file} guardado en {folder}: pulsa Recargar en la pestaña Datos para entrenar con él.</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>Why &apos;{name}&apos;?</source>
        <extracomment>The window&apos;s width when the screen has room: the glass box&apos;s lines then rarely wrap. Room kept for a window manager&apos;s title bar above the window.</extracomment>
        <translation>¿Por qué «{name}»?</translation>
    </message>
    <message>
        <source>this image</source>
        <translation>esta imagen</translation>
    </message>
    <message>
        <source>Predicted &lt;b&gt;{name}&lt;/b&gt; ({percent})</source>
        <translation>Predicho: &lt;b&gt;{name}&lt;/b&gt; ({percent})</translation>
    </message>
    <message>
        <source> — true class &lt;b&gt;{name}&lt;/b&gt; {mark}</source>
        <translation> — clase verdadera &lt;b&gt;{name}&lt;/b&gt; {mark}</translation>
    </message>
    <message>
        <source>The {size}×{size} image the model receives, each of its pixels a square</source>
        <translation>La imagen de {size}×{size} que recibe el modelo, cada uno de sus píxeles un cuadrado</translation>
    </message>
    <message>
        <source>This model does not work on images.</source>
        <translation>Este modelo no trabaja con imágenes.</translation>
    </message>
    <message>
        <source>(no original file)</source>
        <translation>(sin archivo original)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The model sees</source>
        <translation>El modelo ve</translation>
    </message>
    <message>
        <source>Pixels for / against</source>
        <translation>Píxeles a favor / en contra</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{for_colour}&apos;&gt;■&lt;/span&gt; a pixel pushing towards &apos;{name}&apos;, &lt;span style=&apos;color:{against_colour}&apos;&gt;■&lt;/span&gt; away from it. Overlay strength:</source>
        <translation>&lt;span style=&apos;color:{for_colour}&apos;&gt;■&lt;/span&gt; un píxel que empuja hacia «{name}», &lt;span style=&apos;color:{against_colour}&apos;&gt;■&lt;/span&gt; que lo aleja. Intensidad de la superposición:</translation>
    </message>
    <message>
        <source>Overlay strength</source>
        <translation>Intensidad de la superposición</translation>
    </message>
    <message>
        <source>Probability of each class</source>
        <translation>Probabilidad de cada clase</translation>
    </message>
    <message>
        <source>Probability of {name}</source>
        <translation>Probabilidad de {name}</translation>
    </message>
    <message>
        <source>The glass box: this image&apos;s numbers in the equations</source>
        <translation>La caja de cristal: los números de esta imagen en las ecuaciones</translation>
    </message>
    <message>
        <source>No pixels to draw on.</source>
        <translation>No hay píxeles sobre los que dibujar.</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>row {number}</source>
        <extracomment>The data role holding a tile&apos;s row index in the dataset. drawn tiles by (row, caption, colour): moving a threshold re-shows mostly the same tiles</extracomment>
        <translation>fila {number}</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Data, Train, Results, Predict, Draw, Playground tab</source>
        <translation>Pestañas Datos, Entrenar, Resultados, Predecir, Dibujar, Laboratorio</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Train tab: train, or pause and resume</source>
        <translation>Entrenar: entrenar, o pausar y reanudar</translation>
    </message>
    <message>
        <source>Train tab: one more step while paused</source>
        <translation>Entrenar: un paso más en pausa</translation>
    </message>
    <message>
        <source>Train tab: back one recorded point while paused</source>
        <translation>Entrenar: retroceder un punto registrado en pausa</translation>
    </message>
    <message>
        <source>Train tab: log scale</source>
        <translation>Entrenar: escala logarítmica</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About lrgui</source>
        <translation>Acerca de lrgui</translation>
    </message>
    <message>
        <source>&lt;p&gt;Train image classifiers from first principles: logistic regression as a single sigmoid neuron, trained by full-batch gradient descent, and a network with one hidden layer — all in readable NumPy.&lt;/p&gt;&lt;p&gt;Made for classrooms, students and the curious. MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entrena clasificadores de imágenes desde los principios: la regresión logística como una sola neurona sigmoide, entrenada por descenso de gradiente con todo el lote, y una red con una capa oculta — todo en NumPy legible.&lt;/p&gt;&lt;p&gt;Hecho para aulas, estudiantes y curiosos. Licencia MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <source>Hidden units</source>
        <translation>Unidades ocultas</translation>
    </message>
    <message>
        <source>strongest units: {units}</source>
        <translation>unidades más fuertes: {units}</translation>
    </message>
    <message>
        <source>{unit} (activation {value})</source>
        <translation>{unit} (activación {value})</translation>
    </message>
    <message>
        <source>{count} hidden units: activation</source>
        <translation>{count} unidades ocultas: activación</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>The step slice is drawn for a model trained by gradient descent.</source>
        <extracomment>&quot;iteration&quot; or &quot;epoch&quot;, for the caption</extracomment>
        <translation>El corte del paso se dibuja para un modelo entrenado por descenso de gradiente.</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The bands&apos; colours, lowest cost first: pale where the valley is, a muted blue up the walls (paths stay visible). (w₁, w₂, b) of a left click: the start a click asks for True while a run is drawn live: every grid is then computed on the worker (the owner sets it)</extracomment>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Which two of the line&apos;s parameters the landscape spreads out; the third is held</source>
        <translation>Qué dos parámetros de la recta despliega el paisaje; el tercero queda fijo</translation>
    </message>
    <message>
        <source>Cost J over</source>
        <translation>Coste J sobre</translation>
    </message>
    <message>
        <source>Cost landscape</source>
        <translation>Paisaje del coste</translation>
    </message>
    <message>
        <source>The cost J of the line at every pair of values; the path is where training took it</source>
        <translation>El coste J de la recta para cada par de valores; el camino es por donde la llevó el entrenamiento</translation>
    </message>
    <message>
        <source>the shown point&apos;s value</source>
        <translation>valor del punto mostrado</translation>
    </message>
    <message>
        <source>The landscape is drawn for a line on two features of two classes.</source>
        <translation>El paisaje se dibuja para una recta sobre dos características de dos clases.</translation>
    </message>
    <message>
        <source>the next start&apos;s value</source>
        <translation>valor del próximo inicio</translation>
    </message>
    <message>
        <source>its starting value</source>
        <translation>su valor inicial</translation>
    </message>
    <message>
        <source>{name} held at {value}</source>
        <translation>{name} fijo en {value}</translation>
    </message>
    <message>
        <source>{name} held at {value} ({where})</source>
        <translation>{name} fijo en {value} ({where})</translation>
    </message>
    <message>
        <source>; each rate&apos;s path in its colour</source>
        <translation>; el camino de cada tasa en su color</translation>
    </message>
    <message>
        <source>; levels by ratio</source>
        <translation>; niveles por cociente</translation>
    </message>
    <message>
        <source>The cost J of the line at every pair of values; the path is where training took it. Click: the next run starts there.</source>
        <translation>El coste J de la recta para cada par de valores; el camino es por donde la llevó el entrenamiento. Clic: la próxima ejecución empieza allí.</translation>
    </message>
    <message>
        <source>No landscape: it is drawn for a line on two features of two classes.</source>
        <translation>Sin paisaje: se dibuja para una recta sobre dos características de dos clases.</translation>
    </message>
    <message>
        <source>Cost J over {first} and {second}, {held} held at {value}.</source>
        <translation>Coste J sobre {first} y {second}, {held} fijado en {value}.</translation>
    </message>
    <message>
        <source>Current point: {first} = {x}, {second} = {y}, cost {cost}.</source>
        <translation>Punto actual: {first} = {x}, {second} = {y}, coste {cost}.</translation>
    </message>
    <message>
        <source>{count} runs&apos; paths.</source>
        <translation>Caminos de {count} ejecuciones.</translation>
    </message>
    <message>
        <source>The next run starts at {first} = {x}, {second} = {y}.</source>
        <translation>La próxima ejecución empieza en {first} = {x}, {second} = {y}.</translation>
    </message>
</context>
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
<context>
    <name>LearningRateRace</name>
    <message>
        <source>Learning-rate race — {model}</source>
        <extracomment>At most this many rates race at once: small multiples must stay readable. A line&apos;s race records about this many points of each path, at most (every step of a shorter run).</extracomment>
        <translation>Carrera de tasas de aprendizaje — {model}</translation>
    </message>
    <message>
        <source>Learning rates:</source>
        <translation>Tasas de aprendizaje:</translation>
    </message>
    <message>
        <source>Up to {count} rates, separated by commas; 1e-3 works too</source>
        <translation>Hasta {count} tasas, separadas por espacios; 1e-3 también vale</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>{run}&apos;s newest point&apos;s value</source>
        <translation>valor del último punto de {run}</translation>
    </message>
    <message>
        <source>all weights zero</source>
        <translation>todos los pesos a cero</translation>
    </message>
    <message>
        <source>weights drawn with seed {seed}</source>
        <translation>pesos sorteados con la semilla {seed}</translation>
    </message>
    <message>
        <source>the start chosen on the landscape</source>
        <translation>el inicio elegido en el paisaje</translation>
    </message>
    <message>
        <source>Every rate starts from the same parameters ({start}), trains {count} {steps} on the same {points} points: only the rate differs.</source>
        <translation>Cada tasa parte de los mismos parámetros ({start}), entrena {count} {steps} sobre los mismos {points} puntos: solo cambia la tasa.</translation>
    </message>
    <message>
        <source>Race at most {most} learning rates at once, not {count}.</source>
        <translation>Haz competir como mucho {most} tasas de aprendizaje a la vez, no {count}.</translation>
    </message>
    <message>
        <source>Cannot race</source>
        <translation>No se puede correr</translation>
    </message>
    <message>
        <source> · diverged</source>
        <translation> · divergió</translation>
    </message>
    <message>
        <source> · unstable</source>
        <translation> · inestable</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Save &amp;lesson…</source>
        <extracomment>asks the user for a missing folder (a dialog; tests pass their own): a path, or None to give up</extracomment>
        <translation>Guardar &amp;lección…</translation>
    </message>
    <message>
        <source>Save the data, settings, runs, model, playground and notes as one file</source>
        <translation>Guardar datos, ajustes, ejecuciones, modelo, laboratorio y notas en un solo archivo</translation>
    </message>
    <message>
        <source>Open l&amp;esson…</source>
        <translation>Abrir l&amp;ección…</translation>
    </message>
    <message>
        <source>Open a lesson file</source>
        <translation>Abrir un archivo de lección</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <extracomment>the lesson file open or last saved: a model from it is saved (in it)</extracomment>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>lrgui lessons (*{extension})</source>
        <translation>Lecciones de lrgui (*{extension})</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>No se puede guardar la lección</translation>
    </message>
    <message>
        <source>Lesson saved to {path}</source>
        <translation>Lección guardada en {path}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>Cannot use that folder</source>
        <translation>No se puede usar esa carpeta</translation>
    </message>
    <message>
        <source>Lesson data</source>
        <translation>Datos de la lección</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>Use it as it is</source>
        <translation>Usarla tal cual</translation>
    </message>
    <message>
        <source>Where is {folder}?</source>
        <translation>¿Dónde está {folder}?</translation>
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
        <translation>&amp;1  Datos</translation>
    </message>
    <message>
        <source>&amp;2  Train</source>
        <translation>&amp;2  Entrenar</translation>
    </message>
    <message>
        <source>&amp;3  Results</source>
        <translation>&amp;3  Resultados</translation>
    </message>
    <message>
        <source>&amp;4  Predict</source>
        <translation>&amp;4  Predecir</translation>
    </message>
    <message>
        <source>&amp;5  Draw</source>
        <translation>&amp;5  Dibujar</translation>
    </message>
    <message>
        <source>&amp;6  Playground</source>
        <translation>&amp;6  Laboratorio</translation>
    </message>
    <message>
        <source>Add class folders on the Data tab to begin.</source>
        <translation>Añade carpetas de clases en la pestaña Datos para empezar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;data folder…</source>
        <translation>Abrir carpeta de &amp;datos…</translation>
    </message>
    <message>
        <source>Add a class folder, or a folder of class folders</source>
        <translation>Añadir una carpeta de clase, o una carpeta de carpetas de clases</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>Abrir &amp;modelo…</translation>
    </message>
    <message>
        <source>Open a saved model</source>
        <translation>Abrir un modelo guardado</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>&amp;Guardar modelo…</translation>
    </message>
    <message>
        <source>Save the trained model to a file</source>
        <translation>Guardar el modelo entrenado en un archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open s&amp;ample</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Import dataset</source>
        <translation>&amp;Importar conjunto de datos</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Choose {what}</source>
        <translation>Elegir {what}</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;NumPy script…</source>
        <translation>Script de &amp;NumPy…</translation>
    </message>
    <message>
        <source>Write predict.py and weights.npz: the model as a plain NumPy + Pillow script that agrees exactly</source>
        <translation>Escribir predict.py y weights.npz: el modelo como un simple script de NumPy + Pillow que coincide exactamente</translation>
    </message>
    <message>
        <source>&amp;Dataset (HDF5)…</source>
        <translation>&amp;Conjunto de datos (HDF5)…</translation>
    </message>
    <message>
        <source>Write the loaded images as train_x, train_y, test_x, test_y and list_classes (the tutorial&apos;s HDF5)</source>
        <translation>Escribir las imágenes cargadas como train_x, train_y, test_x, test_y y list_classes (el HDF5 del tutorial)</translation>
    </message>
    <message>
        <source>Clear the image cache</source>
        <translation>Vaciar la caché de imágenes</translation>
    </message>
    <message>
        <source>Forget the decoded images kept to make reloading instant</source>
        <translation>Olvidar las imágenes decodificadas guardadas para recargar al instante</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <source>Full screen, large text and thick curves, for the back of the room</source>
        <translation>Pantalla completa, texto grande y curvas gruesas, para el fondo del aula</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About lrgui</source>
        <translation>&amp;Acerca de lrgui</translation>
    </message>
    <message>
        <source>Tab {number}</source>
        <translation>Pestaña {number}</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>, lr {rate}</source>
        <translation>, lr {rate}</translation>
    </message>
    <message>
        <source>, diverged</source>
        <translation>, divergió</translation>
    </message>
    <message>
        <source>Model: {file} ({name})</source>
        <translation>Modelo: {file} ({name})</translation>
    </message>
    <message>
        <source>Model: trained, not saved ({name})</source>
        <translation>Modelo: entrenado, sin guardar ({name})</translation>
    </message>
    <message>
        <source>Unsaved model * — lrgui</source>
        <translation>Modelo sin guardar * — lrgui</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <source>lrgui models (*{extension});;Old lrgui models (*.lrgui.h5);;All files (*)</source>
        <translation>Modelos de lrgui (*{extension});;Modelos antiguos de lrgui (*.lrgui.h5);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>No se puede abrir el modelo</translation>
    </message>
    <message>
        <source>Not enough memory to open {file}.</source>
        <translation>No hay memoria suficiente para abrir {file}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {error}</source>
        <translation>No se puede abrir {file}: {error}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} abierto</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <source>lrgui models (*{extension})</source>
        <translation>Modelos de lrgui (*{extension})</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>No se puede guardar el modelo</translation>
    </message>
    <message>
        <source>Model saved to {path}</source>
        <translation>Modelo guardado en {path}</translation>
    </message>
    <message>
        <source>Import {title}: choose {what}</source>
        <translation>Importar {title}: elegir {what}</translation>
    </message>
    <message>
        <source>Clear the image cache ({size} MB)</source>
        <translation>Vaciar la caché de imágenes ({size} MB)</translation>
    </message>
    <message>
        <source>Image cache cleared ({size} MB freed)</source>
        <translation>Caché de imágenes vaciada ({size} MB liberados)</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <source>Preparing the {name} sample…</source>
        <translation>Preparando el ejemplo {name}…</translation>
    </message>
    <message>
        <source>Welcome to lrgui</source>
        <translation>Bienvenido a lrgui</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to lrgui!&lt;/b&gt;&lt;p&gt;lrgui trains an image classifier in front of you: pick a folder of pictures per class, press Train and watch the cost fall.&lt;/p&gt;&lt;p&gt;Start with the built-in sample — circles, squares and triangles — to see it work in seconds?&lt;/p&gt;</source>
        <translation>&lt;b&gt;¡Bienvenido a lrgui!&lt;/b&gt;&lt;p&gt;lrgui entrena un clasificador de imágenes ante tus ojos: elige una carpeta de imágenes por clase, pulsa Entrenar y mira cómo baja el coste.&lt;/p&gt;&lt;p&gt;¿Empezar con el ejemplo incluido — círculos, cuadrados y triángulos — para verlo funcionar en segundos?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load the sample</source>
        <translation>Cargar el ejemplo</translation>
    </message>
    <message>
        <source>Open a lesson…</source>
        <translation>Abrir una lección…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Train a model or open one first.</source>
        <translation>Primero entrena un modelo o abre uno.</translation>
    </message>
    <message>
        <source>Export the model as a NumPy script: choose a folder</source>
        <translation>Exportar el modelo como script de NumPy: elegir una carpeta</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>No se puede exportar el modelo</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}</source>
        <translation>{files} escritos en {folder}</translation>
    </message>
    <message>
        <source>Load images on the Data tab first.</source>
        <translation>Primero carga imágenes en la pestaña Datos.</translation>
    </message>
    <message>
        <source>Export the dataset</source>
        <translation>Exportar el conjunto de datos</translation>
    </message>
    <message>
        <source>HDF5 files (*.h5 *.hdf5)</source>
        <translation>Archivos HDF5 (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <source>Cannot export the dataset</source>
        <translation>No se puede exportar el conjunto de datos</translation>
    </message>
    <message>
        <source>Dataset written to {path}</source>
        <translation>Conjunto de datos escrito en {path}</translation>
    </message>
    <message>
        <source>Unsaved model</source>
        <translation>Modelo sin guardar</translation>
    </message>
    <message>
        <source>The trained model has not been saved. Save it before quitting?</source>
        <translation>El modelo entrenado no se ha guardado. ¿Guardarlo antes de salir?</translation>
    </message>
</context>
<context>
    <name>ModelPane</name>
    <message>
        <source>Settings of the {model}</source>
        <extracomment>About this many recorded points per run: a smooth history slider, a few hundred small snapshots. Snapshots kept per run for the history slider (evenly thinned beyond this). A live run is drawn at most this often (ms): ten pictures a second, and time for the window between them. the pane&apos;s settings or its trained run changed (the tab writes them into the state) the pane&apos;s last finished run (None before one) the pane&apos;s finished run as the state and a lesson keep it (None: not trained) the box of each Playground setting, by the setting&apos;s name</extracomment>
        <translation>Ajustes: {model}</translation>
    </message>
    <message>
        <source>Show the hidden units&apos; lines</source>
        <translation>Rectas de unidades</translation>
    </message>
    <message>
        <source>Each hidden unit&apos;s own line w·x + b = 0: where its input changes sign</source>
        <translation>La recta w·x + b = 0 de cada unidad oculta: donde su entrada cambia de signo</translation>
    </message>
    <message>
        <source>Train this pane</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Race rates…</source>
        <translation>Carrera…</translation>
    </message>
    <message>
        <source>This pane&apos;s line trained with several learning rates from its start: each rate&apos;s path on one cost landscape</source>
        <translation>La recta de este panel entrenada con varias tasas de aprendizaje desde su inicio: el camino de cada tasa sobre un mismo paisaje de coste</translation>
    </message>
    <message>
        <source>Start: all weights zero</source>
        <translation>Inicio: pesos a cero</translation>
    </message>
    <message>
        <source>Start from zero</source>
        <translation>Desde cero</translation>
    </message>
    <message>
        <source>Forget the start clicked on the landscape: the next run starts at zero</source>
        <translation>Olvidar el inicio elegido en el paisaje: la próxima ejecución empieza en cero</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Drag to see the boundary as it was at an earlier recorded point</source>
        <translation>Arrastra para ver la frontera en un punto registrado anterior</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>Aún sin entrenar.</translation>
    </message>
    <message>
        <source>Start: {w1_name} {w1}, {w2_name} {w2}, b {b}</source>
        <translation>Inicio: {w1_name} {w1}, {w2_name} {w2}, b {b}</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <extracomment>Set by the tab: returns (data, seed) to train on, or None (and has said why).</extracomment>
        <translation>No se puede entrenar</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>Training accuracy &lt;b&gt;{percent}&lt;/b&gt; after {count} {steps}</source>
        <translation>Precisión de entrenamiento &lt;b&gt;{percent}&lt;/b&gt; tras {count} {steps}</translation>
    </message>
    <message>
        <source>Stopped before the first iteration.</source>
        <translation>Detenido antes de la primera iteración.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Falló el entrenamiento.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Lesson notes</source>
        <extracomment>Notes longer than this are refused by lesson files; the editor stops there.</extracomment>
        <translation>Notas de la lección</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>Notes for the lesson: what to show, what to ask the class…</source>
        <translation>Notas para la lección: qué mostrar, qué preguntar a la clase…</translation>
    </message>
</context>
<context>
    <name>PlaygroundTab</name>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Puntos:</translation>
    </message>
    <message>
        <source>How many points; for a gate, more than 4 add noisy copies of the corners</source>
        <translation>Cuántos puntos; para una puerta lógica, más de 4 añaden copias con ruido de las esquinas</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Ruido:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>The same seed gives the same points and the same initial weights</source>
        <translation>La misma semilla da los mismos puntos y los mismos pesos iniciales</translation>
    </message>
    <message>
        <source>New points</source>
        <translation>Puntos nuevos</translation>
    </message>
    <message>
        <source>Draw the data set again with these settings (your clicked points are lost)</source>
        <translation>Generar de nuevo el conjunto con estos ajustes (tus puntos añadidos se pierden)</translation>
    </message>
    <message>
        <source>class 0 (blue ●)</source>
        <translation>clase 0 (azul ●)</translation>
    </message>
    <message>
        <source>class 1 (orange ■)</source>
        <translation>clase 1 (naranja ■)</translation>
    </message>
    <message>
        <source>Left click on a map adds a point of this class; right click removes the nearest</source>
        <translation>Clic izquierdo en un mapa añade un punto de esta clase; clic derecho quita el más cercano</translation>
    </message>
    <message>
        <source>Train both</source>
        <translation>Entrenar ambos</translation>
    </message>
    <message>
        <source>Train the logistic regression and the network together, on the same points</source>
        <translation>Entrenar la regresión logística y la red juntas, sobre los mismos puntos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>While paused: one more iteration in each pane that trains</source>
        <translation>En pausa: una iteración más en cada panel que entrena</translation>
    </message>
    <message>
        <source>Race rates…</source>
        <translation>Carrera…</translation>
    </message>
    <message>
        <source>The network (right pane&apos;s settings) trained with several learning rates from the same start: boundaries side by side, costs on one plot</source>
        <translation>La red (ajustes del panel derecho) entrenada con varias tasas de aprendizaje desde el mismo inicio: fronteras lado a lado, costes en un mismo gráfico</translation>
    </message>
    <message>
        <source>Click adds:</source>
        <translation>Clic añade:</translation>
    </message>
    <message>
        <source>Left click adds a point, right click removes the nearest one.</source>
        <translation>Clic izquierdo añade un punto, clic derecho quita el más cercano.</translation>
    </message>
    <message>
        <source>Not offered here: {models}. The Playground shows the models that declare a Playground pane; train the others on the Train tab.</source>
        <extracomment>one pane per kind with a Playground pane, left to right in the registry&apos;s order</extracomment>
        <translation>No disponible aquí: {models}. El Laboratorio muestra los modelos que declaran un panel propio en él; entrene los demás en la pestaña «Entrenar».</translation>
    </message>
    <message>
        <source>Cannot make the data</source>
        <translation>No se pueden crear los datos</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>No se puede entrenar</translation>
    </message>
    <message>
        <source>Training needs points of both classes; click to add some.</source>
        <translation>El entrenamiento necesita puntos de ambas clases; haz clic para añadir algunos.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>PredictTab</name>
    <message>
        <source>true: {name} {mark}</source>
        <extracomment>The size (px) of a prediction&apos;s picture, and how many files are predicted at a time. The label band&apos;s colour when the model&apos;s classes give none. the list&apos;s line, also what a screen reader says for the row the words under the tile the model&apos;s-eye image enlarged to TILE without smoothing the pixel row the model saw &quot;label 97.0 %&quot; on the tile&apos;s bottom band &quot;true: label ✓&quot; on the tile&apos;s top band, empty when the true label is unknown</extracomment>
        <translation>real: {name} {mark}</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>fila {number}</translation>
    </message>
    <message>
        <source>(pasted image)</source>
        <translation>(imagen pegada)</translation>
    </message>
    <message>
        <source>from {file}</source>
        <extracomment>Dark, distinct label backgrounds (white text stays readable on all of them). every row shown, predictions and skipped files; the gallery and the list are its two views</extracomment>
        <translation>de {file}</translation>
    </message>
    <message>
        <source>trained just now</source>
        <translation>recién entrenado</translation>
    </message>
    <message>
        <source>Open images…</source>
        <translation>Abrir imágenes…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Predict the image on the clipboard (Ctrl+V)</source>
        <translation>Predecir la imagen del portapapeles (Ctrl+V)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Predict the test set</source>
        <translation>Predecir prueba</translation>
    </message>
    <message>
        <source>Predict every image held out for testing, with its true label</source>
        <translation>Predecir cada imagen reservada para la prueba, con su etiqueta real</translation>
    </message>
    <message>
        <source>Predicted images</source>
        <translation>Imágenes predichas</translation>
    </message>
    <message>
        <source>Predictions as a list</source>
        <translation>Predicciones en forma de lista</translation>
    </message>
    <message>
        <source>Double-click an image to see why the model said that</source>
        <translation>Haz doble clic en una imagen para ver por qué el modelo dijo eso</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model yet.&lt;/b&gt; Train one on the Train tab, or open a model file.</source>
        <translation>&lt;b&gt;Aún no hay modelo.&lt;/b&gt; Entrena uno en la pestaña Entrenar o abre un archivo de modelo.</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>escala de grises</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>sin imágenes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt;{description}: {classes} — applied to images at {looks}.</source>
        <translation>&lt;b&gt;Modelo&lt;/b&gt;{description}: {classes} — aplicado a imágenes de {looks}.</translation>
    </message>
    <message>
        <source>Drop images or folders here, paste an image (Ctrl+V), or open files.</source>
        <translation>Suelta imágenes o carpetas aquí, pega una imagen (Ctrl+V) o abre archivos.</translation>
    </message>
    <message>
        <source>This data&apos;s test images are in {folders}.</source>
        <translation>Las imágenes de prueba de estos datos están en {folders}.</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Imágenes ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <source>Train a model or open a model file before predicting.</source>
        <translation>Entrena un modelo o abre un archivo de modelo antes de predecir.</translation>
    </message>
    <message>
        <source>Cannot explain</source>
        <translation>No se puede explicar</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>No images found in what was dropped.</source>
        <translation>No se encontraron imágenes en lo que se soltó.</translation>
    </message>
    <message>
        <source>skipped: {path} — {reason}</source>
        <translation>omitido: {path} — {reason}</translation>
    </message>
    <message>
        <source>{images} predicted. Drop more, or export the list as CSV.</source>
        <translation>{images} predichas. Suelta más o exporta la lista como CSV.</translation>
    </message>
    <message>
        <source>Cannot predict</source>
        <translation>No se puede predecir</translation>
    </message>
    <message>
        <source>Prediction failed</source>
        <translation>Falló la predicción</translation>
    </message>
    <message>
        <source>Unexpected error while predicting: {error}</source>
        <translation>Error inesperado al predecir: {error}</translation>
    </message>
    <message>
        <source>the predictions</source>
        <translation>las predicciones</translation>
    </message>
    <message>
        <source>Export predictions</source>
        <translation>Exportar las predicciones</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Predictions exported to {path}</source>
        <translation>Predicciones exportadas a {path}</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>Probability of each class</source>
        <translation>Probabilidad de cada clase</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Test set</source>
        <extracomment>the evaluation at the model&apos;s own threshold, and the one shown (at the slider&apos;s threshold)</extracomment>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Percent of each true class</source>
        <translation>Porcentaje de cada clase real</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Every misclassified image, most confidently wrong first</source>
        <translation>Cada imagen mal clasificada, primero los errores más seguros</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>Evaluar sobre</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the predicted class. Click a cell to see its images.</source>
        <translation>Filas: la clase real; columnas: la clase predicha. Haz clic en una celda para ver sus imágenes.</translation>
    </message>
    <message>
        <source>Precision: of the images predicted this class, the share that are. Recall: of the images of this class, the share found.</source>
        <translation>Precisión: de las imágenes predichas como esta clase, la parte que lo son. Exhaustividad: de las imágenes de esta clase, la parte encontrada.</translation>
    </message>
    <message>
        <source>Confusion matrix (true ↓, predicted →)</source>
        <translation>Matriz de confusión (real ↓, predicha →)</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Por clase</translation>
    </message>
    <message>
        <source>Excluded from training</source>
        <translation>Excluidas del entrenamiento</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Volver a incluir</translation>
    </message>
    <message>
        <source>Click a cell of the matrix, or Mistakes, to see the images.</source>
        <translation>Haz clic en una celda de la matriz, o en Errores, para ver las imágenes.</translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation>Explicar…</translation>
    </message>
    <message>
        <source>Exclude from training</source>
        <translation>Excluir del entrenamiento</translation>
    </message>
    <message>
        <source>Draw over it</source>
        <translation>Pintar encima</translation>
    </message>
    <message>
        <source>Open the selected picture on the Draw tab, to paint over it</source>
        <translation>Abrir la imagen elegida en la pestaña Dibujar, para pintar encima</translation>
    </message>
    <message>
        <source>Images of the chosen cell</source>
        <translation>Imágenes de la celda elegida</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model yet.&lt;/b&gt; Train one on the Train tab, or open a model file.</source>
        <translation>&lt;b&gt;Aún no hay modelo.&lt;/b&gt; Entrena uno en la pestaña Entrenar o abre un archivo de modelo.</translation>
    </message>
    <message>
        <source>No test set: hold out a share of the images on the Data tab, or choose the training set.</source>
        <translation>Sin conjunto de prueba: reserva una parte de las imágenes en la pestaña Datos, o elige el conjunto de entrenamiento.</translation>
    </message>
    <message>
        <source>Load images on the Data tab to see how the model does.</source>
        <translation>Carga imágenes en la pestaña Datos para ver qué tal lo hace el modelo.</translation>
    </message>
    <message>
        <source>Evaluating the model on {images}…</source>
        <translation>Evaluando el modelo sobre {images}…</translation>
    </message>
    <message>
        <source>The evaluation failed.</source>
        <translation>Falló la evaluación.</translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation>Falló la evaluación</translation>
    </message>
    <message>
        <source>Unexpected error while evaluating: {error}</source>
        <translation>Error inesperado al evaluar: {error}</translation>
    </message>
    <message>
        <source>Decision threshold {value}: &apos;{name}&apos; when its probability is above it</source>
        <translation>Umbral de decisión {value}: «{name}» cuando su probabilidad lo supera</translation>
    </message>
    <message>
        <source>test set</source>
        <translation>conjunto de prueba</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;{percent}&lt;/b&gt; right on the {set} ({images}) — {baseline}</source>
        <translation>&lt;b&gt;{percent}&lt;/b&gt; de aciertos en el {set} ({images}) — {baseline}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Diverged&lt;/b&gt;: the cost exploded (the learning rate is too large); the last finite weights get {percent} on the {set} ({images}) — {baseline}</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Divergió&lt;/b&gt;: el coste explotó (la tasa de aprendizaje es demasiado grande); los últimos pesos finitos obtienen {percent} en el {set} ({images}) — {baseline}</translation>
    </message>
    <message>
        <source>{images} of classes the model does not know left out.</source>
        <translation>{images} de clases que el modelo no conoce, omitidas.</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count} ({percent} of {true})</source>
        <translation>real {true}, predicha {predicted}: {count} ({percent} de {true})</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>right</source>
        <translation>aciertos</translation>
    </message>
    <message>
        <source>wrong, most confidently wrong first</source>
        <translation>errores, primero los más seguros</translation>
    </message>
    <message>
        <source>True &apos;{true}&apos;, predicted &apos;{predicted}&apos;: {images} ({kind})</source>
        <translation>Real «{true}», predicha «{predicted}»: {images} ({kind})</translation>
    </message>
    <message>
        <source>Mistakes: {images}, most confidently wrong first</source>
        <translation>Errores: {images}, primero los más seguros</translation>
    </message>
    <message>
        <source>. Double-click an image to see why.</source>
        <translation>. Haz doble clic en una imagen para ver por qué.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>fila {number}</translation>
    </message>
    <message>
        <source>true: {true}  predicted: {predicted}</source>
        <translation>real: {true}  predicha: {predicted}</translation>
    </message>
    <message>
        <source>Leave the selected images out of training from the next load on (a mislabelled photo)</source>
        <translation>Excluir las imágenes elegidas del entrenamiento desde la próxima carga (una foto mal etiquetada)</translation>
    </message>
    <message>
        <source>Test images are never trained on: choose the training set to exclude images from training</source>
        <translation>Nunca se entrena con las imágenes de prueba: elige el conjunto de entrenamiento para excluir imágenes</translation>
    </message>
    <message>
        <source>Cannot explain</source>
        <translation>No se puede explicar</translation>
    </message>
    <message>
        <source>{images} excluded from training: they are left out from the next load and training on.</source>
        <translation>{images} excluidas del entrenamiento: se omitirán desde la próxima carga y entrenamiento.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Train a new model from the starting weights (Ctrl+T)</source>
        <translation>Entrenar un modelo nuevo desde los pesos iniciales (Ctrl+T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop now, keeping the weights reached (Ctrl+.)</source>
        <translation>Detener ahora conservando los pesos alcanzados (Ctrl+.)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Train further from the weights reached (Ctrl+Shift+T)</source>
        <translation>Seguir entrenando desde los pesos alcanzados (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the run here; press again to resume</source>
        <translation>Pausar la ejecución aquí; pulsa de nuevo para reanudar</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>While paused: one more iteration (one epoch for the network)</source>
        <translation>En pausa: una iteración más (una época para la red)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Transcurrido {time}</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · en pausa</translation>
    </message>
    <message>
        <source> · remaining about {time}</source>
        <translation> · quedan unos {time}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>as fast as possible</source>
        <extracomment>The pace choices: (label, seconds the run is shown over; None = as fast as possible).</extracomment>
        <translation>lo más rápido posible</translation>
    </message>
    <message>
        <source>show over 5 s</source>
        <translation>mostrar en 5 s</translation>
    </message>
    <message>
        <source>show over 10 s</source>
        <translation>mostrar en 10 s</translation>
    </message>
    <message>
        <source>show over 30 s</source>
        <translation>mostrar en 30 s</translation>
    </message>
    <message>
        <source>Model and training</source>
        <translation>Modelo y entrenamiento</translation>
    </message>
    <message>
        <source>Logistic regression: one sigmoid neuron. Neural network: one hidden layer.</source>
        <translation>Regresión logística: una neurona sigmoide. Red neuronal: una capa oculta.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Step size of gradient descent (arrows step 1–2–5 per decade)</source>
        <extracomment>Where a setting&apos;s row goes: the main box (never scrolls), the recording box; every other one in the kind&apos;s box. Settings whose box shows 0 as &quot;auto&quot; (unset: the network chooses from the data&apos;s size). The window&apos;s own words for a setting where the flag&apos;s help speaks of the command line (several rates).</extracomment>
        <translation>Tamaño del paso del descenso de gradiente (las flechas avanzan 1–2–5 por década)</translation>
    </message>
    <message>
        <source>Recording and pace</source>
        <translation>Registro y ritmo</translation>
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
        <translation>Registrar cada:</translation>
    </message>
    <message>
        <source>Spread the run over a few seconds so a class can follow it; Pause and Step still answer at once</source>
        <translation>Repartir la ejecución en unos segundos para que una clase pueda seguirla; Pausa y Paso siguen respondiendo al instante</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Ritmo:</translation>
    </message>
    <message>
        <source>Record every ({steps}):</source>
        <translation>Registrar cada ({steps}):</translation>
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
        <translation>desbordamiento</translation>
    </message>
    <message>
        <source>The step slice appears at a recorded point of a run.</source>
        <translation>El corte del paso aparece en un punto registrado de una ejecución.</translation>
    </message>
    <message>
        <source>Step slice</source>
        <translation>Corte del paso</translation>
    </message>
    <message>
        <source>The data loaded now are not the ones this model was trained on.</source>
        <translation>Los datos cargados ahora no son con los que se entrenó este modelo.</translation>
    </message>
    <message>
        <source>↑ overshoots</source>
        <translation>↑ se pasa</translation>
    </message>
    <message>
        <source>↓ falls</source>
        <translation>↓ baja</translation>
    </message>
    <message>
        <source> at epoch {number}</source>
        <translation> en la época {number}</translation>
    </message>
    <message>
        <source> at iteration {number}</source>
        <translation> en la iteración {number}</translation>
    </message>
    <message>
        <source>lands higher than it starts: it overshoots</source>
        <translation>aterriza más alto de lo que empieza: se pasa</translation>
    </message>
    <message>
        <source>lands lower: the cost falls</source>
        <translation>aterriza más bajo: el coste baja</translation>
    </message>
    <message>
        <source>lies beyond 3× the rate</source>
        <translation>está más allá de 3× la tasa</translation>
    </message>
    <message>
        <source>is at α = {rate}</source>
        <translation>está en α = {rate}</translation>
    </message>
    <message>
        <source>Cost along the gradient{where}, from {start} (dashed): the step of lr {rate} {verdict}; the lowest cost on it {best}.</source>
        <translation>Coste a lo largo del gradiente{where}, desde {start} (discontinua): el paso de lr {rate} {verdict}; el coste más bajo {best}.</translation>
    </message>
    <message>
        <source>Training takes {count} minibatch steps an epoch; this slice follows the whole training set&apos;s gradient.</source>
        <translation>El entrenamiento da {count} pasos de minilote por época; este corte sigue el gradiente de todo el conjunto de entrenamiento.</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>paso α</translation>
    </message>
</context>
<context>
    <name>StepWord</name>
    <message>
        <source>iteration</source>
        <extracomment>the names of a step, as lrgui.session.settings.step_word gives them</extracomment>
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
</context>
<context>
    <name>TrainPlots</name>
    <message>
        <source>diverged</source>
        <extracomment>Presenting, the curve keeps at least this much of the room the weights do not need (px wide or tall).</extracomment>
        <translation>divergió</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>inestable</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Replay the run: the weights, costs and accuracies at each recorded point (← and → move one point)</source>
        <extracomment>started when a run ends: :meth:`end` in a turn of its own (a new run&apos;s begin stops it)</extracomment>
        <translation>Repetir la ejecución: pesos, costes y precisiones en cada punto registrado (← y → mueven un punto)</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>Seguir desde aquí</translation>
    </message>
    <message>
        <source>Train on from the point the slider shows, dropping what came after it</source>
        <translation>Seguir entrenando desde el punto del deslizador, descartando lo que vino después</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Repetición:</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala log</translation>
    </message>
    <message>
        <source>Cost on a logarithmic axis: late, small improvements become visible (L)</source>
        <translation>Coste en un eje logarítmico: las mejoras pequeñas y tardías se hacen visibles (L)</translation>
    </message>
    <message>
        <source>Same scale</source>
        <translation>Misma escala</translation>
    </message>
    <message>
        <source>The cost axis from 0 to the largest first cost, however the runs go: a slow learning rate looks slow</source>
        <translation>El eje del coste de 0 al mayor coste inicial, vayan como vayan las ejecuciones: una tasa de aprendizaje lenta se ve lenta</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Train and test accuracy during training, on a panel under the cost</source>
        <translation>Precisión de entrenamiento y de prueba durante el entrenamiento, en un panel bajo el coste</translation>
    </message>
    <message>
        <source>Step slice</source>
        <translation>Corte del paso</translation>
    </message>
    <message>
        <source>The cost along the next step&apos;s direction, J(θ − α·g) for α from 0 to 3× the learning rate: where this rate&apos;s step lands, and the best one</source>
        <translation>El coste en la dirección del próximo paso, J(θ − α·g) para α de 0 a 3× la tasa de aprendizaje: dónde aterriza el paso de esta tasa, y el mejor</translation>
    </message>
    <message>
        <source>Compare rates:</source>
        <translation>Comparar tasas:</translation>
    </message>
    <message>
        <source>Train one model per rate, one after another, and overlay their costs</source>
        <translation>Entrenar un modelo por tasa, uno tras otro, y superponer sus costes</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Final cost</source>
        <translation>Coste final</translation>
    </message>
    <message>
        <source>Test cost</source>
        <translation>Coste de prueba</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Precisión de entrenamiento</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Precisión de prueba</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>loaded model</source>
        <translation>modelo cargado</translation>
    </message>
    <message>
        <source> ({index} of {points})</source>
        <translation> ({index} de {points})</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>No data loaded: add classes on the Data tab.</source>
        <extracomment>after a Stop: (session, results, the model shown) until the point it stopped at is measured</extracomment>
        <translation>No hay datos cargados: añade clases en la pestaña Datos.</translation>
    </message>
    <message>
        <source>Train / pause / resume</source>
        <translation>Entrenar / pausar / reanudar</translation>
    </message>
    <message>
        <source>Step one iteration (paused) / next recorded point</source>
        <translation>Avanzar una iteración (en pausa) / siguiente punto registrado</translation>
    </message>
    <message>
        <source>Back one recorded point</source>
        <translation>Retroceder un punto registrado</translation>
    </message>
    <message>
        <source>Log scale on/off</source>
        <translation>Escala log sí/no</translation>
    </message>
    <message>
        <source>Data: {images}, {classes} ({names}).</source>
        <translation>Datos: {images}, {classes} ({names}).</translation>
    </message>
    <message>
        <source>Train a model to see its accuracy.</source>
        <translation>Entrena un modelo para ver su precisión.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>No se puede entrenar</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Paused: Step goes one iteration further, Pause again resumes</source>
        <translation>En pausa: Paso avanza una iteración, Pausa otra vez reanuda</translation>
    </message>
    <message>
        <source>Preparing (building the Gram matrix)…</source>
        <translation>Preparando (construyendo la matriz de Gram)…</translation>
    </message>
    <message>
        <source>Stopped before the first iteration.</source>
        <translation>Detenido antes de la primera iteración.</translation>
    </message>
    <message>
        <source>Training stopped before it began</source>
        <translation>Entrenamiento detenido antes de empezar</translation>
    </message>
    <message>
        <source>Training finished: {note}</source>
        <translation>Entrenamiento terminado: {note}</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Falló el entrenamiento.</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>red</source>
        <extracomment>blue (against) – white (no effect) – vermillion (for): the pair of the explanation overlay A network with more hidden units shows the first ones only: tiles smaller than this say nothing. Blank pixels between two panels of the mosaic. On-screen side of one picture a class can read from the room: a few classes&apos; pictures, many hidden units&apos;.</extracomment>
        <translation>rojo</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>for &apos;{name}&apos;</source>
        <translation>para «{name}»</translation>
    </message>
    <message>
        <source>unit {number}</source>
        <extracomment>The channel choice&apos;s first item: a pixel&apos;s three weights added up.</extracomment>
        <translation>unidad {number}</translation>
    </message>
    <message>
        <source>Orange: a brighter pixel here excites the unit; blue: it holds the unit back; white: no effect.</source>
        <translation>Naranja: un píxel más claro aquí excita la unidad; azul: la frena; blanco: sin efecto.</translation>
    </message>
    <message>
        <source>Orange: a brighter pixel here pushes towards &apos;{name}&apos;; blue: away from it; white: no effect.</source>
        <translation>Naranja: un píxel más claro aquí empuja hacia «{name}»; azul: lo aleja; blanco: sin efecto.</translation>
    </message>
    <message>
        <source>Orange: a brighter pixel here pushes towards the tile&apos;s class; blue: away from it; white: no effect.</source>
        <translation>Naranja: un píxel más claro aquí empuja hacia la clase del recuadro; azul: lo aleja; blanco: sin efecto.</translation>
    </message>
    <message>
        <source>Weights</source>
        <extracomment>The colour scale&apos;s ends step through these (× 10ᵏ): at most a fifth of the scale unused, and a live run&apos;s colour bar keeps its labels until the weights outgrow them (re-ticking its axis was half of each redraw). the number or size of the pictures changed: the room they need (:meth:`wanted_width`) changed</extracomment>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>A colour model has a weight per pixel and channel: R+G+B shows their sum, or choose one channel</source>
        <translation>Un modelo en color tiene un peso por píxel y canal: R+G+B muestra su suma, o elige un canal</translation>
    </message>
    <message>
        <source>Colour channel of the weights</source>
        <translation>Canal de color de los pesos</translation>
    </message>
    <message>
        <source>Weight pictures</source>
        <translation>Imágenes de los pesos</translation>
    </message>
    <message>
        <source>Orange (vermillion): this pixel&apos;s brightness speaks for the class; blue: against; white: no effect</source>
        <translation>Naranja (bermellón): el brillo de este píxel habla a favor de la clase; azul: en contra; blanco: sin efecto</translation>
    </message>
    <message>
        <source>Weights: these data are not images</source>
        <translation>Pesos: estos datos no son imágenes</translation>
    </message>
    <message>
        <source>First-layer weights per hidden unit</source>
        <translation>Pesos de la primera capa por unidad oculta</translation>
    </message>
    <message>
        <source>Weights per pixel</source>
        <translation>Pesos por píxel</translation>
    </message>
    <message>
        <source>{title}: no pictures yet.</source>
        <translation>{title}: aún no hay imágenes.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>{title}, one picture each: {panels}. {legend}</source>
        <translation>{title}, una imagen cada uno: {panels}. {legend}</translation>
    </message>
    <message>
        <source>{title}, pixel ({y}, {x}): weight {value}</source>
        <translation>{title}, píxel ({y}, {x}): peso {value}</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Cannot train</source>
        <translation>No se puede entrenar</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Sin memoria</translation>
    </message>
    <message>
        <source>There is not enough memory to train on this data. Try a smaller image size or fewer images.</source>
        <translation>No hay memoria suficiente para entrenar con estos datos. Prueba un tamaño de imagen menor o menos imágenes.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Falló el entrenamiento</translation>
    </message>
    <message>
        <source>Unexpected error during training: {error}</source>
        <translation>Error inesperado durante el entrenamiento: {error}</translation>
    </message>
</context>
</TS>
