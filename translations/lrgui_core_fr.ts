<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Advice</name>
    <message>
        <source>Training diverged (the cost grew without bound or ended higher than it began): the learning rate {rate} is too large; try a smaller one, e.g. {smaller}.</source>
        <translation>L&apos;entraînement a divergé (le coût a augmenté sans limite ou a fini plus haut qu&apos;au départ) : le taux d&apos;apprentissage {rate} est trop grand ; essayez-en un plus petit, par ex. {smaller}.</translation>
    </message>
    <message>
        <source>The cost rose {factor} at epoch {step}: the learning rate is too large to descend smoothly; try a smaller one.</source>
        <translation>Le coût a augmenté de {factor} à l&apos;époque {step} : le taux d&apos;apprentissage est trop grand pour descendre en douceur ; essayez-en un plus petit.</translation>
    </message>
    <message>
        <source>The cost rose {factor} at iteration {step}: the learning rate is too large to descend smoothly; try a smaller one.</source>
        <translation>Le coût a augmenté de {factor} à l&apos;itération {step} : le taux d&apos;apprentissage est trop grand pour descendre en douceur ; essayez-en un plus petit.</translation>
    </message>
    <message>
        <source>A line cannot separate XOR: no straight line puts (0,1) and (1,0) on one side and (0,0) and (1,1) on the other. A hidden layer can: choose the neural network.</source>
        <extracomment>In the window&apos;s words; the command line adds its flag (``--model mlp``) itself.</extracomment>
        <translation>Une droite ne peut pas séparer XOR : aucune droite ne met (0,1) et (1,0) d&apos;un côté et (0,0) et (1,1) de l&apos;autre. Une couche cachée le peut : choisissez le réseau de neurones.</translation>
    </message>
    <message>
        <source>With lr {rate}, {sentence}</source>
        <translation>Avec lr {rate} : {sentence}</translation>
    </message>
</context>
<context>
    <name>Boundary</name>
    <message>
        <source>A decision boundary needs points with two coordinates, not an array of shape {shape}.</source>
        <extracomment>Something that gives class probabilities: a fitted estimator, a TrainedModel (estimator and scaler), or f(X (m, 2) float32) → (m, k) or (m,) P(class 1). The extent of an empty plot (no points yet): the toy data sets live in it.</extracomment>
        <translation>Une frontière de décision a besoin de points à deux coordonnées, pas d&apos;un tableau de forme {shape}.</translation>
    </message>
    <message>
        <source>The points contain NaN or infinite coordinates.</source>
        <translation>Les points contiennent des coordonnées NaN ou infinies.</translation>
    </message>
    <message>
        <source>The margin around the points must be a finite number ≥ 0, not {margin}.</source>
        <translation>La marge autour des points doit être un nombre fini ≥ 0, pas {margin}.</translation>
    </message>
    <message>
        <source>The decision-boundary grid</source>
        <translation>La grille de la frontière de décision</translation>
    </message>
    <message>
        <source>Hidden-unit lines need W1 of shape (2, h) and b1 of shape (h,), not {shape} and {shape2}.</source>
        <translation>Les droites des unités cachées demandent W1 de forme (2, h) et b1 de forme (h,), pas {shape} et {shape2}.</translation>
    </message>
    <message>
        <source>A grid&apos;s extent must be four numbers (xmin, xmax, ymin, ymax), not {extent}.</source>
        <translation>L&apos;étendue d&apos;une grille doit être quatre nombres (xmin, xmax, ymin, ymax), pas {extent}.</translation>
    </message>
    <message>
        <source>A grid&apos;s extent must be finite with xmin &lt; xmax and ymin &lt; ymax, not {extent}.</source>
        <translation>L&apos;étendue d&apos;une grille doit être finie avec xmin &lt; xmax et ymin &lt; ymax, pas {extent}.</translation>
    </message>
    <message>
        <source>The grid&apos;s {name} must be a whole number from {min_side} to {max_side}, not {value}.</source>
        <translation>{name} de la grille doit être un nombre entier de {min_side} à {max_side}, pas {value}.</translation>
    </message>
    <message>
        <source>A decision boundary can only be drawn for a model of two features; this one has {n}.</source>
        <translation>Une frontière de décision ne se dessine que pour un modèle à deux caractéristiques ; celui-ci en a {n}.</translation>
    </message>
</context>
<context>
    <name>BoundaryImage</name>
    <message>
        <source>The boundary picture</source>
        <extracomment>The marker shapes, one per class: circle, square, triangle up, diamond, triangle down, pentagon, hexagon, star. How far towards the class colour the background goes: a little where the model is unsure (so the two sides of the boundary still differ by ≥ 40 levels), more where it is sure.</extracomment>
        <translation>L&apos;image de frontière</translation>
    </message>
    <message>
        <source>The boundary has {count} classes but {count2} class names were given.</source>
        <translation>La frontière a {count} classes, mais {count2} noms de classe ont été donnés.</translation>
    </message>
    <message>
        <source>A boundary picture can show at most {count} classes, not {count2}.</source>
        <translation>Une image de frontière peut montrer au plus {count} classes, pas {count2}.</translation>
    </message>
    <message>
        <source>A boundary grid must be (ny, nx) or (classes, ny, nx) with ny, nx ≥ 2, not {shape}.</source>
        <translation>Une grille de frontière doit être (ny, nx) ou (classes, ny, nx) avec ny, nx ≥ 2, pas {shape}.</translation>
    </message>
    <message>
        <source>The boundary grid holds NaN or infinite numbers.</source>
        <translation>La grille de frontière contient des nombres NaN ou infinis.</translation>
    </message>
    <message>
        <source>Cannot draw a boundary from a {name}; give a trained model or a grid.</source>
        <translation>Impossible de dessiner une frontière à partir d&apos;un {name} ; donnez un modèle entraîné ou une grille.</translation>
    </message>
    <message>
        <source>There are {m} points but {count} labels.</source>
        <translation>Il y a {m} points mais {count} étiquettes.</translation>
    </message>
    <message>
        <source>The label {unknown} is not one of the model&apos;s classes ({join}).</source>
        <translation>L&apos;étiquette {unknown} n&apos;est pas l&apos;une des classes du modèle ({join}).</translation>
    </message>
    <message>
        <source>The boundary picture&apos;s size must be a whole number of pixels from {min_size} to {max_size}, not {size}.</source>
        <translation>La taille de l&apos;image de frontière doit être un nombre entier de pixels de {min_size} à {max_size}, pas {size}.</translation>
    </message>
    <message>
        <source>Give a file name for the boundary picture, e.g. boundary.png.</source>
        <translation>Donnez un nom de fichier pour l&apos;image de frontière, par ex. boundary.png.</translation>
    </message>
    <message>
        <source>The boundary picture is a PNG file: give a name ending in .png, not {path}.</source>
        <translation>L&apos;image de frontière est un fichier PNG : donnez un nom se terminant par .png, pas {path}.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>The decoded images were not cached ({reason}), so they will be decoded again next time.</source>
        <extracomment>Temporary files older than this were left by a crashed process. A store is written only when the disk has this many times its size free. Bytes a store needs per entry besides its pixels (name, four integers, row, reason), a generous guess.</extracomment>
        <translation>Les images décodées n&apos;ont pas été mises en cache ({reason}), elles seront donc décodées à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>The decoded images were not cached: the disk holding {folder} has {bytes} free and caching needs {bytes2}, so they will be decoded again next time.</source>
        <translation>Les images décodées n&apos;ont pas été mises en cache : le disque qui contient {folder} a {bytes} de libre et le cache demande {bytes2}, elles seront donc décodées à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Cifar10</name>
    <message>
        <source>{source} is corrupt: a text in it is not valid UTF-8.</source>
        <extracomment>The folder the archive unpacks to; a user may pick the folder above it. A real batch is about 31 MB; a file many times larger is not one, and is refused before it is read. The most records a batch file of the largest size allowed can hold. ``batches.meta`` names at most this many classes, each in at most this many bytes. A real batch has about 50,000 instructions; far more means a file built to keep lrgui busy. The deepest the format nests: a dict holding lists, an array state holding a dtype state. Keys, file names and batch labels are short; longer text is not part of the format. Strings longer than this stay views of the file&apos;s bytes (the pixels) instead of being copied. The only globals a batch names, and what each may stand for. NumPy 1 pickles arrays through ``numpy.core.multiarray._reconstruct``, NumPy 2 through ``numpy._core.multiarray._reconstruct``; Python 3 writes protocol 2 bytes as ``_codecs.encode(text, &quot;latin1&quot;)`` and empty bytes as ``__builtin__.bytes()``. They are names to compare, never imported or called.</extracomment>
        <translation>{source} est corrompu : un texte qu&apos;il contient n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <source>{source} is truncated (the file ends too early); download it again.</source>
        <translation>{source} est tronqué (le fichier se termine trop tôt) ; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>{source} is corrupt: it holds bytes that are not pickle instructions.</source>
        <translation>{source} est corrompu : il contient des octets qui ne sont pas des instructions pickle.</translation>
    </message>
    <message>
        <source>{source} is not a CIFAR-10 {kind} file: {reason}.</source>
        <translation>{source} n&apos;est pas un fichier {kind} CIFAR-10 : {reason}.</translation>
    </message>
    <message>
        <source>lrgui refuses to load {value} from {source}: CIFAR-10 batch files never contain it, and a pickle that names it could run code.</source>
        <translation>lrgui refuse de charger {value} depuis {source} : les fichiers batch de CIFAR-10 n&apos;en contiennent jamais, et un pickle qui le nomme pourrait exécuter du code.</translation>
    </message>
    <message>
        <source>{source} is not a CIFAR-10 batch file: {reason}.</source>
        <translation>{source} n&apos;est pas un fichier batch CIFAR-10 : {reason}.</translation>
    </message>
    <message>
        <source>{source} is not a CIFAR-10 meta file: {reason}.</source>
        <translation>{source} n&apos;est pas un fichier méta CIFAR-10 : {reason}.</translation>
    </message>
    <message>
        <source>{path} is {bytes}, larger than any CIFAR-10 batch file (about 30 MB), so lrgui does not read it.</source>
        <translation>{path} fait {bytes}, plus que tout fichier batch CIFAR-10 (environ 30 Mo), donc lrgui ne le lit pas.</translation>
    </message>
    <message>
        <source>Reading {path}</source>
        <translation>La lecture de {path}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>Impossible de lire {path} : {value}.</translation>
    </message>
    <message>
        <source>{path} grew while lrgui was reading it.</source>
        <translation>{path} a grossi pendant que lrgui le lisait.</translation>
    </message>
    <message>
        <source>{path} needs more memory than this computer has left.</source>
        <translation>{path} demande plus de mémoire qu&apos;il n&apos;en reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{path} is not a CIFAR-10 batch: it has no &apos;data&apos; and &apos;labels&apos; entries.</source>
        <translation>{path} n&apos;est pas un batch CIFAR-10 : il n&apos;a pas d&apos;entrées &apos;data&apos; et &apos;labels&apos;.</translation>
    </message>
    <message>
        <source>{path}: &apos;labels&apos; should be {count} integers, one per image, not {count2}.</source>
        <translation>{path} : &apos;labels&apos; devrait contenir {count} entiers, un par image, pas {count2}.</translation>
    </message>
    <message>
        <source>{path} names {count} files for {count2} images.</source>
        <translation>{path} nomme {count} fichiers pour {count2} images.</translation>
    </message>
    <message>
        <source>{path} is not a CIFAR-10 meta file: it has no list of &apos;label_names&apos;.</source>
        <translation>{path} n&apos;est pas un fichier méta CIFAR-10 : il n&apos;a pas de liste &apos;label_names&apos;.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{folder} is the archive: extract it, then choose the {subfolder} folder it contains.</source>
        <translation>{folder} est l&apos;archive : extrayez-la, puis choisissez le dossier {subfolder} qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>{folder} is a file; choose the folder that holds data_batch_1 … data_batch_5.</source>
        <translation>{folder} est un fichier ; choisissez le dossier qui contient data_batch_1 … data_batch_5.</translation>
    </message>
    <message>
        <source>No CIFAR-10 training batches (data_batch_1 … data_batch_5) in {folder}{found}.</source>
        <translation>Aucun batch d&apos;entraînement CIFAR-10 (data_batch_1 … data_batch_5) dans {folder}{found}.</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <source>image</source>
        <extracomment>The nouns counted in sentences, singular and plural, so that a translation has each of them.</extracomment>
        <translation>image</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>training image</source>
        <translation>image d&apos;entraînement</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>images d&apos;entraînement</translation>
    </message>
    <message>
        <source>test image</source>
        <translation>image de test</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>images de test</translation>
    </message>
    <message>
        <source>training point</source>
        <translation>point d&apos;entraînement</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>points d&apos;entraînement</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>point de test</translation>
    </message>
    <message>
        <source>test points</source>
        <translation>points de test</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>classes</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>prédiction</translation>
    </message>
    <message>
        <source>predictions</source>
        <translation>prédictions</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>caractéristique</translation>
    </message>
    <message>
        <source>features</source>
        <translation>caractéristiques</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>itération</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>itérations</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>exécutions</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{whole} (all to train)</source>
        <translation>{whole} (toutes pour l&apos;entraînement)</translation>
    </message>
    <message>
        <source>{whole} ({train} to train, {test} to test)</source>
        <translation>{whole} ({train} pour l&apos;entraînement, {test} pour le test)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>The image size must be a whole number of pixels, not {size}.</source>
        <extracomment>Image sides lrgui trains on: below 4 nothing is left to see, above 1,024 one photo is 3 million features and a class of them no longer fits in memory.</extracomment>
        <translation>La taille d&apos;image doit être un nombre entier de pixels, pas {size}.</translation>
    </message>
    <message>
        <source>The image size must be between {min_image_size} and {max_image_size} pixels, not {size}.</source>
        <translation>La taille d&apos;image doit être comprise entre {min_image_size} et {max_image_size} pixels, pas {size}.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (exclusive), not {fraction}.</source>
        <translation>La part de test doit être comprise entre 0 et 1 (exclus), pas {fraction}.</translation>
    </message>
    <message>
        <source>A test fraction of {fraction} leaves no image for testing; use a larger fraction.</source>
        <translation>Une part de test de {fraction} ne laisse aucune image pour le test ; prenez une part plus grande.</translation>
    </message>
    <message>
        <source>Class {empty} has no usable images.</source>
        <translation>La classe {empty} n&apos;a aucune image utilisable.</translation>
    </message>
    <message>
        <source>Training needs at least two classes; found {count} ({names}).</source>
        <translation>L&apos;entraînement demande au moins deux classes ; trouvé : {count} ({names}).</translation>
    </message>
</context>
<context>
    <name>DatasetExport</name>
    <message>
        <source>These data are not images (such as the logic gates), so they cannot be exported as an image dataset.</source>
        <translation>Ces données ne sont pas des images (comme les portes logiques), elles ne peuvent donc pas être exportées comme jeu d&apos;images.</translation>
    </message>
    <message>
        <source>Cannot write the dataset to {shown}: {value}.</source>
        <translation>Impossible d&apos;écrire le jeu de données dans {shown} : {value}.</translation>
    </message>
    <message>
        <source>The {which} set holds {dtype} rows of {value} values, not the {shape}×{shape2} uint8 images an image dataset needs.</source>
        <translation>L&apos;ensemble {which} contient des lignes {dtype} de {value} valeurs, pas les images uint8 {shape}×{shape2} qu&apos;il faut à un jeu d&apos;images.</translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>These data have no images to take a background from.</source>
        <extracomment>How many hidden units are shown with their weight images (&quot;the strongest&quot;). The flip plan marks pixels until their gains add up to this many times the margin (painting blurs a little). ... but never more than this share of the image. Training rows looked at to choose the background (a sample of them is as good as all).</extracomment>
        <translation>Ces données n&apos;ont pas d&apos;images d&apos;où prendre un fond.</translation>
    </message>
    <message>
        <source>Σ map {total}  +  b {bias}  =  {z} {logit}</source>
        <translation>Σ carte {total}  +  b {bias}  =  {z} {logit}</translation>
    </message>
    <message>
        <source>gradient × input, Σ {total}; {z} = Σ hidden units {units} + b2 {bias}</source>
        <translation>gradient × entrée, Σ {total} ; {z} = Σ unités cachées {units} + b2 {bias}</translation>
    </message>
    <message>
        <source>The map is w ⊙ x for {name}, summed over the colour channels; its pixels add up, with the bias b, to the logit z exactly.</source>
        <translation>La carte est w ⊙ x pour {name}, sommée sur les canaux de couleur ; ses pixels, avec le biais b, donnent exactement le logit z.</translation>
    </message>
    <message>
        <source>The network is not linear: the map is gradient × input (what a small change of each pixel would do); the logit is exactly the hidden units&apos; a·W2 added up, plus b2.</source>
        <translation>Le réseau n&apos;est pas linéaire : la carte est gradient × entrée (ce que ferait un petit changement de chaque pixel) ; le logit est exactement la somme des a·W2 des unités cachées, plus b2.</translation>
    </message>
    <message>
        <source>This model was not trained on images, so it cannot look at a drawing.</source>
        <translation>Ce modèle n&apos;a pas été entraîné sur des images, il ne peut donc pas regarder un dessin.</translation>
    </message>
    <message>
        <source>lrgui cannot say what would flip a {name}.</source>
        <translation>lrgui ne sait pas dire ce qui ferait changer d&apos;avis un {name}.</translation>
    </message>
    <message>
        <source>This model was not trained on images, so there are no pixels to paint.</source>
        <translation>Ce modèle n&apos;a pas été entraîné sur des images, il n&apos;y a donc pas de pixels à peindre.</translation>
    </message>
    <message>
        <source>Flipped: it now says &lt;b&gt;{now}&lt;/b&gt; (the marks were for {target}).</source>
        <translation>Basculé : il dit maintenant &lt;b&gt;{now}&lt;/b&gt; (les marques visaient {target}).</translation>
    </message>
    <message>
        <source> (estimated from the gradient: the network is not linear)</source>
        <translation> (estimé à partir du gradient : le réseau n&apos;est pas linéaire)</translation>
    </message>
    <message>
        <source>No pixel erased moves it towards {target}; try the brush.</source>
        <translation>Aucun pixel effacé ne le pousse vers {target} ; essayez le pinceau.</translation>
    </message>
    <message>
        <source>No pixel painted {colour} moves it towards {target}; try another colour, or the eraser.</source>
        <translation>Aucun pixel peint en {colour} ne le pousse vers {target} ; essayez une autre couleur, ou la gomme.</translation>
    </message>
    <message>
        <source>Even all {count} marked pixels erased would not make it {target}{approx}; try the brush.</source>
        <translation>Même les {count} pixels marqués, tous effacés, n&apos;en feraient pas {target}{approx} ; essayez le pinceau.</translation>
    </message>
    <message>
        <source>Even all {count} marked pixels painted {colour} would not make it {target}{approx}; try another colour, or the eraser.</source>
        <translation>Même les {count} pixels marqués, tous peints en {colour}, n&apos;en feraient pas {target}{approx} ; essayez une autre couleur, ou la gomme.</translation>
    </message>
    <message>
        <source>Erase the {count} marked pixels to make it say &lt;b&gt;{target}&lt;/b&gt;{approx}.</source>
        <translation>Effacez les {count} pixels marqués pour qu&apos;il dise &lt;b&gt;{target}&lt;/b&gt;{approx}.</translation>
    </message>
    <message>
        <source>Paint the {count} marked pixels {colour} to make it say &lt;b&gt;{target}&lt;/b&gt;{approx}.</source>
        <translation>Peignez les {count} pixels marqués en {colour} pour qu&apos;il dise &lt;b&gt;{target}&lt;/b&gt;{approx}.</translation>
    </message>
    <message>
        <source>Cannot make the class folder {folder}: {reason}.</source>
        <extracomment>File names of saved drawings: drawing-0001.png, drawing-0002.png, …</extracomment>
        <translation>Impossible de créer le dossier de classe {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot save the drawing into {folder}: it is not a folder.</source>
        <translation>Impossible d&apos;enregistrer le dessin dans {folder} : ce n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot write {value}: {value2}.</source>
        <translation>Impossible d&apos;écrire {value} : {value2}.</translation>
    </message>
    <message>
        <source>Cannot save the drawing into {folder}: too many drawings there already.</source>
        <translation>Impossible d&apos;enregistrer le dessin dans {folder} : il y a déjà trop de dessins.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>A decision threshold applies to two classes only; this model has {count}.</source>
        <extracomment>Rows predicted at once: the float features of a block are the only copy of the data made.</extracomment>
        <translation>Un seuil de décision ne s&apos;applique qu&apos;à deux classes ; ce modèle en a {count}.</translation>
    </message>
    <message>
        <source>The decision threshold must be a number between 0 and 1, not {threshold}.</source>
        <translation>Le seuil de décision doit être un nombre entre 0 et 1, pas {threshold}.</translation>
    </message>
    <message>
        <source>The decision threshold must be between 0 and 1 (exclusive), not {threshold}.</source>
        <translation>Le seuil de décision doit être compris entre 0 et 1 (exclus), pas {threshold}.</translation>
    </message>
    <message>
        <source>The images ({shape}) do not have the {expected} values per image this model expects.</source>
        <translation>Les images ({shape}) n&apos;ont pas les {expected} valeurs par image qu&apos;attend ce modèle.</translation>
    </message>
    <message>
        <source>There are {count} images but {count2} labels.</source>
        <translation>Il y a {count} images mais {count2} étiquettes.</translation>
    </message>
    <message>
        <source>There are {count} images but {count2} paths.</source>
        <translation>Il y a {count} images mais {count2} chemins.</translation>
    </message>
    <message>
        <source>There are no images to evaluate.</source>
        <translation>Il n&apos;y a aucune image à évaluer.</translation>
    </message>
    <message>
        <source>None of the {count} belongs to a class the model knows ({join}).</source>
        <translation>Aucune des {count} n&apos;appartient à une classe que le modèle connaît ({join}).</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>Kept {run}: the lowest cost on the test images ({cost}).</source>
        <translation>Conservé : {run}, le coût le plus bas sur les images de test ({cost}).</translation>
    </message>
    <message>
        <source>Kept {run}: the lowest final training cost ({cost}; there is no test set to judge by).</source>
        <translation>Conservé : {run}, le coût d&apos;entraînement final le plus bas ({cost} ; il n&apos;y a pas d&apos;ensemble de test pour juger).</translation>
    </message>
    <message>
        <source>run {number}</source>
        <translation>l&apos;exécution {number}</translation>
    </message>
    <message>
        <source>learning rate {rate}</source>
        <translation>le taux d&apos;apprentissage {rate}</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>The image has {values} values, but this model expects {expected}.</source>
        <translation>L&apos;image a {values} valeurs, mais ce modèle en attend {expected}.</translation>
    </message>
    <message>
        <source>{label} is not one of the model&apos;s classes ({classes}).</source>
        <translation>{label} n&apos;est pas l&apos;une des classes du modèle ({classes}).</translation>
    </message>
    <message>
        <source>lrgui cannot explain a {name}.</source>
        <translation>lrgui ne sait pas expliquer un {name}.</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>propagation avant</translation>
    </message>
    <message>
        <source>z = Σ wᵢxᵢ + b  (positive contributions + negative contributions + b)</source>
        <translation>z = Σ wᵢxᵢ + b  (contributions positives + contributions négatives + b)</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>a = σ({z}) = {a}, the probability of {name}</source>
        <translation>a = σ({z}) = {a}, la probabilité de {name}</translation>
    </message>
    <message>
        <source>true label {label}, y = {y}: L = {term} = −log {shown} = {loss}</source>
        <translation>vraie étiquette {label}, y = {y} : L = {term} = −log {shown} = {loss}</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>gradient of the weights</source>
        <translation>gradient des poids</translation>
    </message>
    <message>
        <source>gradient of the bias</source>
        <translation>gradient du biais</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>prédiction</translation>
    </message>
    <message>
        <source>ŷ = {one} if a &gt; 0.5, else {zero}</source>
        <translation>ŷ = {one} si a &gt; 0,5, sinon {zero}</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>couche cachée</translation>
    </message>
    <message>
        <source>{count} {activation} units computed from the {features} features</source>
        <translation>{count} unités {activation} calculées à partir des {features} caractéristiques</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>activation (softmax)</source>
        <translation>activation (softmax)</translation>
    </message>
    <message>
        <source>true label {label}: L = −log {shown} = {loss}</source>
        <translation>vraie étiquette {label} : L = −log {shown} = {loss}</translation>
    </message>
    <message>
        <source>output error</source>
        <translation>erreur de sortie</translation>
    </message>
    <message>
        <source>δ_c = p_c − y_c  (backpropagated to W2, b2, W1, b1)</source>
        <translation>δ_c = p_c − y_c  (rétropropagée vers W2, b2, W1, b1)</translation>
    </message>
    <message>
        <source>ŷ = the class with the largest p_c</source>
        <translation>ŷ = la classe dont p_c est le plus grand</translation>
    </message>
    <message>
        <source>W ← W − lr·dW, b ← b − lr·db  (both layers)</source>
        <translation>W ← W − lr·dW, b ← b − lr·db  (les deux couches)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>lr = {lr}: b2_{name} moves by −lr·δ_c = {change}</source>
        <translation>lr = {lr} : b2_{name} varie de −lr·δ_c = {change}</translation>
    </message>
    <message>
        <source>  (dw includes the L2 term l2·w, l2 = {l2})</source>
        <translation>  (dw inclut le terme L2 l2·w, l2 = {l2})</translation>
    </message>
    <message>
        <source>lr = {lr}: one step on this image alone would move z by {change}</source>
        <translation>lr = {lr} : un pas sur cette seule image déplacerait z de {change}</translation>
    </message>
    <message>
        <source>predicted {name} with probability {p}</source>
        <translation>{name} prédit avec une probabilité de {p}</translation>
    </message>
    <message>
        <source>(needs the true label)</source>
        <translation>(demande la vraie étiquette)</translation>
    </message>
    <message>
        <source>the map: w ⊙ x over {features} features for {name}; its sum {total} + b {bias} = z {z}</source>
        <translation>la carte : w ⊙ x sur {features} caractéristiques pour {name} ; sa somme {total} + b {bias} = z {z}</translation>
    </message>
    <message>
        <source>the map: gradient × input of z_{name}; its sum {total} is not z − b2 ({z}), because the network is not linear</source>
        <translation>la carte : gradient × entrée de z_{name} ; sa somme {total} n&apos;est pas z − b2 ({z}), car le réseau n&apos;est pas linéaire</translation>
    </message>
</context>
<context>
    <name>ExplainImage</name>
    <message>
        <source>This model does not work on images, so there is no picture to draw its explanation on.</source>
        <extracomment>The enlarged image&apos;s side is kept at most this many pixels: a 1024-pixel model image is not enlarged 8 times. Contributions at or above this percentile of |contribution| get the full opacity.</extracomment>
        <translation>Ce modèle ne travaille pas sur des images, il n&apos;y a donc pas d&apos;image sur laquelle dessiner son explication.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the explanations: {value}.</source>
        <translation>Impossible de créer le dossier {folder} pour les explications : {value}.</translation>
    </message>
    <message>
        <source>Cannot write the explanations to {folder}: permission denied.</source>
        <translation>Impossible d&apos;écrire les explications dans {folder} : permission refusée.</translation>
    </message>
</context>
<context>
    <name>ExportNumpy</name>
    <message>
        <source>This model was not trained on images, so it cannot be exported as an image-classifying script.</source>
        <translation>Ce modèle n&apos;a pas été entraîné sur des images, il ne peut donc pas être exporté comme script de classification d&apos;images.</translation>
    </message>
    <message>
        <source>The script template {template_path} has no place for the model&apos;s part.</source>
        <translation>Le modèle de script {template_path} n&apos;a pas de place pour la partie du modèle.</translation>
    </message>
    <message>
        <source>Cannot create the folder {out_dir}: {value}.</source>
        <translation>Impossible de créer le dossier {out_dir} : {value}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{shown} is not a regular file (a folder, a device or a pipe), so lrgui does not read it.</source>
        <extracomment>What a temporary file&apos;s name adds around its random part: ``.lrgui-XXXXXXXX.tmp``, short whatever the target&apos;s name. What the command line tells the user to add to replace an existing file.</extracomment>
        <translation>{shown} n&apos;est pas un fichier ordinaire (un dossier, un périphérique ou un tube), donc lrgui ne le lit pas.</translation>
    </message>
    <message>
        <source>The file {shown} does not exist.</source>
        <translation>Le fichier {shown} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>lrgui may not read {shown} (permission denied).</source>
        <translation>lrgui n&apos;a pas le droit de lire {shown} (permission refusée).</translation>
    </message>
    <message>
        <source>Cannot read {shown}: {value}.</source>
        <translation>Impossible de lire {shown} : {value}.</translation>
    </message>
    <message>
        <source>{value}{noun} not found: {shown}.</source>
        <translation>{value}{noun} introuvable : {shown}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {value}.</source>
        <translation>Impossible de lire {name} : {value}.</translation>
    </message>
    <message>
        <source>{name} is {of}, not {what}, so lrgui does not open it.</source>
        <translation>{name} est {of}, pas {what}, donc lrgui ne l&apos;ouvre pas.</translation>
    </message>
    <message>
        <source>{name} is {kind}, not {what}, so lrgui does not open it.</source>
        <translation>{name} est {kind}, pas {what}, donc lrgui ne l&apos;ouvre pas.</translation>
    </message>
    <message>
        <source>{name} is {bytes}, larger than {what} can be (at most {bytes2}).</source>
        <translation>{name} fait {bytes}, plus que ne peut faire {what} (au plus {bytes2}).</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>L&apos;ouverture de {name}</translation>
    </message>
    <message>
        <source>{name} changed while it was being read; please try again.</source>
        <translation>{name} a changé pendant sa lecture ; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Cannot write {what} to {shown}: {value}.</source>
        <translation>Impossible d&apos;écrire {what} dans {shown} : {value}.</translation>
    </message>
    <message>
        <source>No file name was given to write {what} to; give one{hint}.</source>
        <translation>Aucun nom de fichier n&apos;a été donné pour écrire {what} ; donnez-en un{hint}.</translation>
    </message>
    <message>
        <source>Cannot write {what} to {shown}: {problem}.</source>
        <translation>Impossible d&apos;écrire {what} dans {shown} : {problem}.</translation>
    </message>
    <message>
        <source>No folder was given to write {what} into; give the name of a new or empty folder.</source>
        <translation>Aucun dossier n&apos;a été donné pour y écrire {what} ; donnez le nom d&apos;un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: part of that path is a file, not a folder.</source>
        <translation>Impossible d&apos;écrire {what} dans {shown} : une partie de ce chemin est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: {value}.</source>
        <translation>Impossible d&apos;écrire {what} dans {shown} : {value}.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: it is {of}, not a folder.</source>
        <translation>Impossible d&apos;écrire {what} dans {shown} : c&apos;est {of}, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: no permission to write in that folder.</source>
        <translation>Impossible d&apos;écrire {what} dans {shown} : pas de permission d&apos;écriture dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: the folder is not empty (it holds {shown2}{value}); give a new or empty folder{extra}.</source>
        <translation>Impossible d&apos;écrire {what} dans {shown} : le dossier n&apos;est pas vide (il contient {shown2}{value}) ; donnez un dossier nouveau ou vide{extra}.</translation>
    </message>
    <message>
        <source>Cannot write {what} into {shown}: its {shown2} is one of the files being read.</source>
        <translation>Impossible d&apos;écrire {what} dans {shown} : son {shown2} est l&apos;un des fichiers en cours de lecture.</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Cannot read folder {folder}: {reason}.</source>
        <extracomment>Why a symlinked image file is not used.</extracomment>
        <translation>Impossible de lire le dossier {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Impossible d&apos;utiliser {path} : {reason}.</translation>
    </message>
    <message>
        <source>Folder not found: {path}</source>
        <translation>Dossier introuvable : {path}</translation>
    </message>
    <message>
        <source>Not a folder: {path}</source>
        <translation>Ce n&apos;est pas un dossier : {path}</translation>
    </message>
    <message>
        <source>Cannot read folder {path}: {reason}.</source>
        <translation>Impossible de lire le dossier {path} : {reason}.</translation>
    </message>
    <message>
        <source>No folder given.</source>
        <translation>Aucun dossier donné.</translation>
    </message>
    <message>
        <source>Two class folders are both named {name}; rename one of them.</source>
        <translation>Deux dossiers de classe s&apos;appellent tous deux {name} ; renommez-en un.</translation>
    </message>
    <message>
        <source>The test folder {test_folder} overlaps the training folder {train_folder}: a test must use images the model was not trained on.</source>
        <translation>Le dossier de test {test_folder} chevauche le dossier d&apos;entraînement {train_folder} : un test doit utiliser des images sur lesquelles le modèle n&apos;a pas été entraîné.</translation>
    </message>
    <message>
        <source>Test folder {value} is class {name}, which is not a training class ({known}).</source>
        <translation>Le dossier de test {value} est la classe {name}, qui n&apos;est pas une classe d&apos;entraînement ({known}).</translation>
    </message>
</context>
<context>
    <name>Idx</name>
    <message>
        <source>{path} is truncated (the compressed file ends too early).</source>
        <extracomment>IDX datasets are vectors (labels), matrices or stacks of images; more dimensions is not a dataset. Image sides lrgui reads from a file: below 4 nothing is left to see, above 1,024 it is not a dataset of icons. (images, labels) file names of each split, without the optional &quot;.gz&quot;. Decompressed in pieces of this size, so no read asks zlib for more than it may produce.</extracomment>
        <translation>{path} est tronqué (le fichier compressé se termine trop tôt).</translation>
    </message>
    <message>
        <source>{path} is a corrupt gzip file ({reason}); download it again.</source>
        <translation>{path} est un fichier gzip corrompu ({reason}) ; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>{path} is a corrupt gzip file (its compressed data is damaged); download it again.</source>
        <translation>{path} est un fichier gzip corrompu (ses données compressées sont endommagées) ; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>lrgui may not read {path} (permission denied).</source>
        <translation>lrgui n&apos;a pas le droit de lire {path} (permission refusée).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>Impossible de lire {path} : {value}.</translation>
    </message>
    <message>
        <source>{path} is too large to load into memory.</source>
        <translation>{path} est trop grand pour être chargé en mémoire.</translation>
    </message>
    <message>
        <source>{path} is not an IDX file (its first bytes are not an IDX header).</source>
        <translation>{path} n&apos;est pas un fichier IDX (ses premiers octets ne sont pas un en-tête IDX).</translation>
    </message>
    <message>
        <source>{path} declares {ndim} dimensions, but IDX datasets have 1 to {max_dimensions}.</source>
        <translation>{path} déclare {ndim} dimensions, mais les jeux IDX en ont de 1 à {max_dimensions}.</translation>
    </message>
    <message>
        <source>{path} is truncated: it ends inside the header.</source>
        <translation>{path} est tronqué : il se termine au milieu de l&apos;en-tête.</translation>
    </message>
    <message>
        <source>{path} declares an empty array (shape {join}).</source>
        <translation>{path} déclare un tableau vide (forme {join}).</translation>
    </message>
    <message>
        <source>The array declared in {path}</source>
        <translation>Le tableau déclaré dans {path}</translation>
    </message>
    <message>
        <source>{path} is corrupt: its gzip trailer gives another length than the {text} values its IDX header announces.</source>
        <translation>{path} est corrompu : sa fin gzip donne une autre longueur que les {text} valeurs annoncées par son en-tête IDX.</translation>
    </message>
    <message>
        <source>{path} is truncated: its header announces {shape} values ({bytes}) but only {bytes2} follow.</source>
        <translation>{path} est tronqué : son en-tête annonce {shape} valeurs ({bytes}) mais seuls {bytes2} suivent.</translation>
    </message>
    <message>
        <source>{path} is corrupt: more data follows the {shape} values its header announces.</source>
        <translation>{path} est corrompu : d&apos;autres données suivent les {shape} valeurs annoncées par son en-tête.</translation>
    </message>
    <message>
        <source>{path} should hold uint8 images (m × rows × columns), not {found}.</source>
        <translation>{path} devrait contenir des images uint8 (m × lignes × colonnes), pas {found}.</translation>
    </message>
    <message>
        <source>{path} holds {rows} × {columns} images; lrgui reads images from {min_image_side} × {min_image_side} to {max_image_side} × {max_image_side} pixels.</source>
        <translation>{path} contient des images de {rows} × {columns} ; lrgui lit des images de {min_image_side} × {min_image_side} à {max_image_side} × {max_image_side} pixels.</translation>
    </message>
    <message>
        <source>{path} should hold one integer label per image, not an array of {found}.</source>
        <translation>{path} devrait contenir une étiquette entière par image, pas un tableau de {found}.</translation>
    </message>
    <message>
        <source>{path} holds labels of type {dtype}, but IDX label files hold unsigned bytes (0x08).</source>
        <translation>{path} contient des étiquettes de type {dtype}, mais les fichiers d&apos;étiquettes IDX contiennent des octets non signés (0x08).</translation>
    </message>
    <message>
        <source>{name} has {value} images but {name2} has {value2} labels.</source>
        <translation>{name} a {value} images mais {name2} a {value2} étiquettes.</translation>
    </message>
    <message>
        <source>{name} has no labels: {labels_name}[.gz] is missing from {folder}.</source>
        <translation>{name} n&apos;a pas d&apos;étiquettes : {labels_name}[.gz] manque dans {folder}.</translation>
    </message>
    <message>
        <source>The {images_name} split</source>
        <translation>La partie {images_name}</translation>
    </message>
    <message>
        <source>{labels_path} has label {value}; Fashion-MNIST labels are 0–{value2}.</source>
        <translation>{labels_path} a l&apos;étiquette {value} ; les étiquettes de Fashion-MNIST vont de 0 à {value2}.</translation>
    </message>
    <message>
        <source>No Fashion-MNIST training images ({images_name}[.gz]) in {folder}.</source>
        <translation>Aucune image d&apos;entraînement Fashion-MNIST ({images_name}[.gz]) dans {folder}.</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>decoding it would need about {bytes} of memory ({value}), more than lrgui gives one image ({bytes2})</source>
        <extracomment>File name endings read as images; everything else in a folder is ignored. Files that operating systems leave in folders, ignored without a word. Larger images are refused before decoding (a &quot;decompression bomb&quot; header can claim 10^10 pixels in a few bytes). 8000 × 6000 photos pass. Bilinear with Pillow&apos;s antialiasing support scaled to the reduction factor. The memory all decoding threads together may use for the images they are decoding, and so the most one image may take (decoded pixels and every working copy up to the small row; see :func:`decode_memory`). A 48-megapixel RGB PNG (549 MB) passes; a 12,000 × 12,000 16-bit RGBA PNG (about 3.2 GB) is refused. Images needing at most this are decoded without taking from the budget: eight threads of them hold 8 MB. Bytes Pillow stores per pixel, by mode: one for 8-bit single-band modes, two for 16-bit grey, four otherwise (multi-band images are stored as 32 bits a pixel whatever their bands). Bytes per pixel of the working copies _to_mode makes on the way to &apos;RGB&apos; or &apos;L&apos; (see _to_mode).</extracomment>
        <translation>le décoder demanderait environ {bytes} de mémoire ({value}), plus que lrgui n&apos;accorde à une image ({bytes2})</translation>
    </message>
    <message>
        <source>image too large: {width} × {height} pixels (the limit is {max_pixels})</source>
        <extracomment>The one budget every decoding thread of the process shares.</extracomment>
        <translation>image trop grande : {width} × {height} pixels (la limite est {max_pixels})</translation>
    </message>
    <message>
        <source>not an image file Pillow can read</source>
        <translation>pas un fichier image que Pillow sait lire</translation>
    </message>
    <message>
        <source>image too large ({exc})</source>
        <translation>image trop grande ({exc})</translation>
    </message>
    <message>
        <source>image too large to decode</source>
        <translation>image trop grande pour être décodée</translation>
    </message>
    <message>
        <source>not a regular file (a folder, named pipe, device or socket)</source>
        <extracomment>Every JPEG file starts with the SOI marker. Larger files are left to Pillow, which reads them from the file instead of from memory. Decoded sizes above this are left to Pillow, whose decoding holds its bytes of the decoding budget. The colour spaces whose decoding Pillow leaves entirely to libjpeg: YCbCr and grey.</extracomment>
        <translation>pas un fichier ordinaire (un dossier, un tube nommé, un périphérique ou une socket)</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <source>could not resize the {width} × {height} image to {size} × {size}{reason}</source>
        <translation>impossible de redimensionner l&apos;image de {width} × {height} en {size} × {size}{reason}</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>CIFAR-10 (python batches)</source>
        <extracomment>the files it reads from its folder (a lesson&apos;s digest covers those, not the folder&apos;s other files)</extracomment>
        <translation>CIFAR-10 (batches Python)</translation>
    </message>
    <message>
        <source>the folder with data_batch_1 … data_batch_5, test_batch and batches.meta</source>
        <translation>le dossier contenant data_batch_1 … data_batch_5, test_batch et batches.meta</translation>
    </message>
    <message>
        <source>Fashion-MNIST (IDX files)</source>
        <translation>Fashion-MNIST (fichiers IDX)</translation>
    </message>
    <message>
        <source>the folder with train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz and the t10k-* files</source>
        <translation>le dossier contenant train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz et les fichiers t10k-*</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>The cost landscape is drawn for a logistic regression of two features and two classes.</source>
        <extracomment>The pairs a landscape can show (the first is the default). Grid points per side, when the data allow it (see :func:`grid_side`). At most this many (grid point × data row) terms per grid: its time is bounded before the work starts. The fewest grid points per side a large data set is drawn with. float32 values of one block of grid rows × data rows (256 KB: stays in the cache through its seven passes). The product form of the grid is used while every product of factors 1 + e^z stays below e^80 (float32 holds up to e^88); up to this many rows&apos; factors are multiplied before one logarithm is taken. Up to this much work a grid takes well under 20 ms: it may be computed where it is asked for. Filled contour bands; a range wider than this ratio gets logarithmic levels. Samples of a step slice per learning rate (α = lr is sample number STEPS_PER_RATE). At most this many (sample × row × hidden unit) terms in a network&apos;s slice: each sample is a pass of a dozen float64 operations over the hidden layer (Caltech-sized photos and 50 units: 17 per rate).
----------
minibatches per epoch of the network (1: full batch)</extracomment>
        <translation>Le paysage du coût se dessine pour une régression logistique à deux caractéristiques et deux classes.</translation>
    </message>
    <message>
        <source>A landscape shows two of {join}, not {pair}.</source>
        <translation>Un paysage montre deux parmi {join}, pas {pair}.</translation>
    </message>
    <message>
        <source>The step slice is drawn for a model trained by gradient descent.</source>
        <extracomment>What an explanation explains (lrgui.session.explain): one sigmoid logit, the softmax&apos;s logits, a network&apos;s. settings of one group say one thing two ways: a flag of the group excludes the others (--batches, --batch-size) the check run after the field&apos;s own (a named function of lrgui.kinds.checks, looked up when called) what one press of a box&apos;s arrow adds (0: the box&apos;s own step) the one name of the kind: in settings, lessons, model files and ``--model`` other names read from older files (never written) what one step of training is called (&quot;iteration&quot;, &quot;epoch&quot;); a kind that trains in one step says &quot;step&quot; False for a model fitted in one step (no curve to follow, nothing to continue) the non-array entries of the estimator&apos;s get_state(), kept in a model file&apos;s metadata True when the logits are linear in the features (a flip plan is then exact; XOR is out of its reach) True when training starts from all-zero weights (else from weights drawn with the seed) True when its cost over its weights is drawn as a landscape (two features: w₁, w₂, b): its Playground pane then shows the landscape, starts from a point chosen on it and races from there its pane in the Playground (None: not offered there)</extracomment>
        <translation>La coupe du pas est tracée pour un modèle entraîné par descente de gradient.</translation>
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
        <translation>Aucun nom de fichier n&apos;a été donné pour le modèle converti ; omettez NEW pour le nom par défaut à côté de l&apos;ancien fichier.</translation>
    </message>
    <message>
        <source>{name} is not an old lrgui model (it is not an HDF5 file).</source>
        <translation>{name} n&apos;est pas un ancien modèle lrgui (ce n&apos;est pas un fichier HDF5).</translation>
    </message>
    <message>
        <source>Cannot start the model converter: {value}.</source>
        <translation>Impossible de lancer le convertisseur de modèles : {value}.</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Gates: AND, OR, XOR</source>
        <extracomment>lesson.json, raw: checked (declared, then as it inflates) before parsing. Parsed, JSON can take ~20 times its size in Python objects (``[[],[],...]``), so 16 MB keeps a hostile document under 400 MB. The model member, counted as it inflates: it, the parser&apos;s copy and the arrays stay under 1 GB together. The archive itself: both members, stored, and zip&apos;s own records Members are inflated this much at a time, each chunk counted The built-in lessons, in the order offered (Help → Lessons): file stem → title.</extracomment>
        <translation>Portes : AND, OR, XOR</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formes</translation>
    </message>
    <message>
        <source>Draw a shape</source>
        <translation>Dessine une forme</translation>
    </message>
    <message>
        <source>Airplanes vs motorbikes</source>
        <translation>Avions contre motos</translation>
    </message>
    <message>
        <source>Bird or not</source>
        <translation>Oiseau ou pas</translation>
    </message>
    <message>
        <source>Fashion with a hidden layer</source>
        <translation>La mode avec une couche cachée</translation>
    </message>
    <message>
        <source>Gates: AND, OR, XOR — what one line can and cannot separate.</source>
        <translation>Portes : AND, OR, XOR — ce qu&apos;une droite peut séparer et ce qu&apos;elle ne peut pas.</translation>
    </message>
    <message>
        <source>WHAT TO SHOW</source>
        <translation>CE QU&apos;IL FAUT MONTRER</translation>
    </message>
    <message>
        <source>1. Open the Playground tab. Choose AND in the Data list and press &quot;Train both&quot;. Both models reach 100 %: one straight line puts (1,1) on one side and the other three corners on the other.</source>
        <translation>1. Ouvrez l&apos;onglet Bac à sable. Choisissez AND dans la liste Données et appuyez sur « Entraîner les deux ». Les deux modèles atteignent 100 % : une droite met (1,1) d&apos;un côté et les trois autres coins de l&apos;autre.</translation>
    </message>
    <message>
        <source>2. Choose OR: the same, with the line moved.</source>
        <translation>2. Choisissez OR : pareil, avec la droite déplacée.</translation>
    </message>
    <message>
        <source>3. Choose XOR (the lesson opens on it) and press &quot;Train both&quot;. The logistic regression stays at 50 %: every corner gets probability 0.5. The network with 4 hidden units reaches 100 %.</source>
        <translation>3. Choisissez XOR (la leçon s&apos;ouvre dessus) et appuyez sur « Entraîner les deux ». La régression logistique reste à 50 % : chaque coin reçoit la probabilité 0,5. Le réseau à 4 unités cachées atteint 100 %.</translation>
    </message>
    <message>
        <source>4. Tick &quot;Show the hidden units&apos; lines&quot; on the right: each hidden unit draws its own line; the output combines them into a band that no single line can make.</source>
        <translation>4. Cochez « Montrer les droites des unités cachées » à droite : chaque unité cachée trace sa propre droite ; la sortie les combine en une bande qu&apos;aucune droite seule ne peut faire.</translation>
    </message>
    <message>
        <source>5. Drag the history sliders to watch the boundaries move during training.</source>
        <translation>5. Faites glisser les curseurs d&apos;historique pour voir les frontières bouger pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>6. The cost landscape beside the line&apos;s map: the cost J over w₁ and w₂ (b held at the shown point&apos;s value), the path training took, the shown point ringed. Choose AND, press &quot;Race rates…&quot; in the left pane&apos;s settings, type 1, 100 and race: on w₁ against b, lr 1 walks down into the valley, lr 100 jumps across it and back before it settles. Click the landscape in the Playground: the next run starts there, and the map shows that line at once.</source>
        <translation>6. Le paysage du coût à côté de la carte de la droite : le coût J selon w₁ et w₂ (b fixé à la valeur du point montré), le chemin suivi par l&apos;entraînement, le point montré entouré. Choisissez AND, appuyez sur « Course des taux… » dans les réglages du volet de gauche, tapez 1 100 et lancez la course : sur w₁ contre b, lr 1 descend dans la vallée, lr 100 saute par-dessus et revient avant de se stabiliser. Cliquez sur le paysage dans le Bac à sable : l&apos;exécution suivante part de là, et la carte montre aussitôt cette droite.</translation>
    </message>
    <message>
        <source>QUESTIONS FOR THE CLASS</source>
        <translation>QUESTIONS POUR LA CLASSE</translation>
    </message>
    <message>
        <source>- Before training XOR: can you draw one straight line with (0,1) and (1,0) on one side, (0,0) and (1,1) on the other?</source>
        <translation>- Avant d&apos;entraîner XOR : pouvez-vous tracer une droite avec (0,1) et (1,0) d&apos;un côté, (0,0) et (1,1) de l&apos;autre ?</translation>
    </message>
    <message>
        <source>- Why does the logistic regression give every XOR corner exactly 0.5, and not just a worse line?</source>
        <translation>- Pourquoi la régression logistique donne-t-elle exactement 0,5 à chaque coin de XOR, et pas simplement une droite moins bonne ?</translation>
    </message>
    <message>
        <source>- How many lines do the network&apos;s hidden units need to solve XOR? Try 1, 2 and 3 hidden units.</source>
        <translation>- Combien de droites les unités cachées du réseau doivent-elles tracer pour résoudre XOR ? Essayez 1, 2 et 3 unités cachées.</translation>
    </message>
    <message>
        <source>- Click to add a point of the other class in the middle of a region: what happens to each boundary?</source>
        <translation>- Cliquez pour ajouter un point de l&apos;autre classe au milieu d&apos;une région : que devient chaque frontière ?</translation>
    </message>
    <message>
        <source>- On the landscape, why does the path of lr 100 zig-zag while lr 1&apos;s walks straight down?</source>
        <translation>- Sur le paysage, pourquoi le chemin de lr 100 zigzague-t-il alors que celui de lr 1 descend tout droit ?</translation>
    </message>
    <message>
        <source>From the command line: lrgui train --lesson gates.lrlesson trains both models on the four XOR corners.</source>
        <translation>En ligne de commande : lrgui train --lesson gates.lrlesson entraîne les deux modèles sur les quatre coins de XOR.</translation>
    </message>
    <message>
        <source>Shapes — a first image classifier, with no download.</source>
        <translation>Formes — un premier classifieur d&apos;images, sans téléchargement.</translation>
    </message>
    <message>
        <source>The built-in sample: 390 colour pictures of circles, squares and triangles, 64×64 (300 to train on, 90 held out), drawn on this computer the first time they are needed. One logistic regression, learning rate 0.005, 2,000 iterations: about a second. It reaches about 99.7 % on the training pictures and 95.6 % on the held-out ones.</source>
        <translation>L&apos;exemple intégré : 390 images en couleur de cercles, de carrés et de triangles, 64×64 (300 pour l&apos;entraînement, 90 mises de côté), dessinées sur cet ordinateur la première fois qu&apos;on en a besoin. Une régression logistique, taux d&apos;apprentissage 0,005, 2 000 itérations : environ une seconde. Elle atteint environ 99,7 % sur les images d&apos;entraînement et 95,6 % sur celles mises de côté.</translation>
    </message>
    <message>
        <source>1. The Data tab: a few pictures of each class. Every picture is 64 × 64 × 3 = 12,288 numbers between 0 and 1.</source>
        <translation>1. L&apos;onglet Données : quelques images de chaque classe. Chaque image est faite de 64 × 64 × 3 = 12 288 nombres entre 0 et 1.</translation>
    </message>
    <message>
        <source>2. Press Train and watch the cost fall on the Train tab: fast at first, then slowly.</source>
        <translation>2. Appuyez sur Entraîner et regardez le coût baisser dans l&apos;onglet Entraînement : vite au début, puis lentement.</translation>
    </message>
    <message>
        <source>3. The Results tab: training against test accuracy, and the pictures it got wrong.</source>
        <translation>3. L&apos;onglet Résultats : l&apos;exactitude d&apos;entraînement face à celle de test, et les images mal classées.</translation>
    </message>
    <message>
        <source>4. The weights view: each class&apos;s 12,288 weights shown as a picture — where does &quot;circle&quot; look?</source>
        <translation>4. La vue des poids : les 12 288 poids de chaque classe montrés comme une image — où regarde « circle » ?</translation>
    </message>
    <message>
        <source>- Why is the test accuracy lower than the training accuracy?</source>
        <translation>- Pourquoi l&apos;exactitude de test est-elle plus basse que l&apos;exactitude d&apos;entraînement ?</translation>
    </message>
    <message>
        <source>- The cost starts at 1.0986 = ln 3. Why exactly that number?</source>
        <translation>- Le coût commence à 1,0986 = ln 3. Pourquoi exactement ce nombre ?</translation>
    </message>
    <message>
        <source>- Try learning rate 0.05, then 0.0005. What happens to the curve?</source>
        <translation>- Essayez le taux d&apos;apprentissage 0,05, puis 0,0005. Que devient la courbe ?</translation>
    </message>
    <message>
        <source>- Which wrong pictures would a person also find hard?</source>
        <translation>- Quelles images mal classées une personne trouverait-elle difficiles, elle aussi ?</translation>
    </message>
    <message>
        <source>Draw a shape — the class draws, the model answers, and shows why.</source>
        <translation>Dessine une forme — la classe dessine, le modèle répond et montre pourquoi.</translation>
    </message>
    <message>
        <source>The shapes sample again (circles, squares and triangles, 64×64 colour), trained as in the Shapes lesson: one logistic regression, learning rate 0.005, 2,000 iterations, about a second. Then the Draw tab (Alt+5): the canvas starts on the pictures&apos; own dark backdrop, with a white brush.</source>
        <translation>Encore l&apos;exemple des formes (cercles, carrés et triangles, 64×64 en couleur), entraîné comme dans la leçon Formes : une régression logistique, taux d&apos;apprentissage 0,005, 2 000 itérations, environ une seconde. Puis l&apos;onglet Dessin (Alt+5) : la toile démarre sur le fond sombre des images, avec un pinceau blanc.</translation>
    </message>
    <message>
        <source>1. Press Train, then open the Draw tab. Draw a filled circle in the middle: the answer, the bars and the map change as the stroke goes, not only when you let go.</source>
        <translation>1. Appuyez sur Entraîner, puis ouvrez l&apos;onglet Dessin. Dessinez un disque plein au milieu : la réponse, les barres et la carte changent pendant le trait, pas seulement quand vous relâchez.</translation>
    </message>
    <message>
        <source>2. &quot;Which pixels pushed where&quot;: vermillion pixels speak for the answer, blue ones against it. The line below adds them up: the map&apos;s sum plus the bias is the logit z, exactly.</source>
        <translation>2. « Quels pixels ont poussé où » : les pixels vermillon parlent pour la réponse, les bleus contre. La ligne en dessous les additionne : la somme de la carte plus le biais donne exactement le logit z.</translation>
    </message>
    <message>
        <source>3. Clear (Ctrl+Backspace) and draw a square, then a triangle. Which one does the model find hardest?</source>
        <translation>3. Effacez tout (Ctrl+Retour arrière) et dessinez un carré, puis un triangle. Lequel le modèle trouve-t-il le plus difficile ?</translation>
    </message>
    <message>
        <source>4. Paint out part of a shape with the eraser (E, or the right mouse button): cut a corner off the square, or a bite out of the circle. When does the answer change?</source>
        <translation>4. Effacez une partie d&apos;une forme avec la gomme (E, ou le bouton droit de la souris) : coupez un coin du carré, ou croquez un morceau du cercle. Quand la réponse change-t-elle ?</translation>
    </message>
    <message>
        <source>5. &quot;What would flip it?&quot; (F) marks the pixels that push hardest towards the runner-up. Paint over them and watch the answer change.</source>
        <translation>5. « Qu&apos;est-ce qui le ferait basculer ? » (F) marque les pixels qui poussent le plus vers le deuxième. Peignez dessus et regardez la réponse changer.</translation>
    </message>
    <message>
        <source>6. &quot;Add to class…&quot; saves the drawing as a picture in a class folder: a class can draw its own data set, load it on the Data tab and train on it.</source>
        <translation>6. « Ajouter à la classe… » enregistre le dessin comme image dans un dossier de classe : une classe peut dessiner son propre jeu de données, le charger dans l&apos;onglet Données et s&apos;entraîner dessus.</translation>
    </message>
    <message>
        <source>7. The digits work the same way: File → Open sample → digits, Train, and draw a digit in black on the white canvas (the brush is wide: each of the 8×8 pixels is a big square).</source>
        <translation>7. Les chiffres fonctionnent de la même façon : Fichier → Ouvrir un exemple → digits, Entraîner, et dessinez un chiffre en noir sur la toile blanche (le pinceau est large : chacun des 8×8 pixels est un grand carré).</translation>
    </message>
    <message>
        <source>- The model only ever saw shapes drawn by the computer. Why does it still recognise yours, or why not?</source>
        <translation>- Le modèle n&apos;a jamais vu que des formes dessinées par l&apos;ordinateur. Pourquoi reconnaît-il quand même les vôtres, ou pourquoi pas ?</translation>
    </message>
    <message>
        <source>- Does the size of your shape matter? Its position? Its colour? Try each.</source>
        <translation>- La taille de votre forme compte-t-elle ? Sa position ? Sa couleur ? Essayez chacune.</translation>
    </message>
    <message>
        <source>- Which pixels does &quot;circle&quot; look at? Compare the map with the weights picture on the Train tab.</source>
        <translation>- Quels pixels « circle » regarde-t-il ? Comparez la carte avec l&apos;image des poids dans l&apos;onglet Entraînement.</translation>
    </message>
    <message>
        <source>- Can you draw something that is none of the three and still get 99 %? What does that say about the probabilities?</source>
        <translation>- Pouvez-vous dessiner quelque chose qui n&apos;est aucune des trois formes et obtenir quand même 99 % ? Qu&apos;est-ce que cela dit des probabilités ?</translation>
    </message>
    <message>
        <source>Airplanes vs motorbikes — real photos, the tutorial&apos;s own data.</source>
        <translation>Avions contre motos — de vraies photos, les données du tutoriel.</translation>
    </message>
    <message>
        <source>DATA: the Caltech-101 folders &quot;airplanes&quot; (800 photos) and &quot;Motorbikes&quot; (798). Caltech-101 can be downloaded from https://data.caltech.edu/records/mzrjq-6wc02 (unpack 101_ObjectCategories.tar.gz and choose its airplanes folder). When the folders are not in ~/Downloads/caltech-101/101_ObjectCategories, lrgui asks for them: choose airplanes, and Motorbikes beside it is found too.</source>
        <translation>DONNÉES : les dossiers « airplanes » (800 photos) et « Motorbikes » (798) de Caltech-101. Caltech-101 se télécharge depuis https://data.caltech.edu/records/mzrjq-6wc02 (décompressez 101_ObjectCategories.tar.gz et choisissez son dossier airplanes). Si les dossiers ne sont pas dans ~/Downloads/caltech-101/101_ObjectCategories, lrgui les demande : choisissez airplanes, et Motorbikes, juste à côté, est trouvé aussi.</translation>
    </message>
    <message>
        <source>Every photo is squashed to 64×64 colour; 10 % of each class is held out for testing (seed 0). One logistic regression, learning rate 0.005, 2,000 iterations: under a second of training, about 99 % on the training photos and 97.5 % on the 160 held out.</source>
        <translation>Chaque photo est écrasée en 64×64 couleur ; 10 % de chaque classe sont mis de côté pour le test (graine 0). Une régression logistique, taux d&apos;apprentissage 0,005, 2 000 itérations : moins d&apos;une seconde d&apos;entraînement, environ 99 % sur les photos d&apos;entraînement et 97,5 % sur les 160 mises de côté.</translation>
    </message>
    <message>
        <source>1. The Data tab: the photos are of every size; lrgui squashes each to 64×64. Show a few of both classes.</source>
        <translation>1. L&apos;onglet Données : les photos sont de toutes tailles ; lrgui écrase chacune en 64×64. Montrez-en quelques-unes des deux classes.</translation>
    </message>
    <message>
        <source>2. Train and watch the training and test costs part ways.</source>
        <translation>2. Entraînez et regardez les coûts d&apos;entraînement et de test se séparer.</translation>
    </message>
    <message>
        <source>3. The Results tab: the misclassified photos. Exclude one that is wrongly labelled and train again: the test set stays the same, so the comparison is fair.</source>
        <translation>3. L&apos;onglet Résultats : les photos mal classées. Excluez-en une mal étiquetée et entraînez à nouveau : l&apos;ensemble de test reste le même, la comparaison est donc équitable.</translation>
    </message>
    <message>
        <source>4. The weights picture of &quot;airplanes&quot;: sky-coloured backgrounds carry much of the decision.</source>
        <translation>4. L&apos;image des poids de « airplanes » : les fonds couleur de ciel portent une grande partie de la décision.</translation>
    </message>
    <message>
        <source>- Is the model recognising airplanes, or blue skies? How could we find out?</source>
        <translation>- Le modèle reconnaît-il des avions, ou des ciels bleus ? Comment pourrions-nous le savoir ?</translation>
    </message>
    <message>
        <source>- Why hold out 10 % of the photos instead of testing on the training photos?</source>
        <translation>- Pourquoi mettre de côté 10 % des photos au lieu de tester sur les photos d&apos;entraînement ?</translation>
    </message>
    <message>
        <source>- What would change with 32×32 pictures? With grayscale?</source>
        <translation>- Qu&apos;est-ce qui changerait avec des images 32×32 ? En niveaux de gris ?</translation>
    </message>
    <message>
        <source>- Would the model work on a photo of a helicopter? What would it say?</source>
        <translation>- Le modèle marcherait-il sur la photo d&apos;un hélicoptère ? Que dirait-il ?</translation>
    </message>
    <message>
        <source>Bird or not — CIFAR-10, one class against the rest, and the learning-rate race.</source>
        <translation>Oiseau ou pas — CIFAR-10, une classe contre le reste, et la course des taux d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>DATA: CIFAR-10&apos;s python batches (data_batch_1 … data_batch_5, test_batch, batches.meta). CIFAR-10&apos;s python version can be downloaded from https://www.cs.toronto.edu/~kriz/cifar.html (cifar-10-python.tar.gz; choose the cifar-10-batches-py folder it unpacks). The JPEG copies in train/ and test/ class folders work too: open them on the Data tab and use &quot;bird&quot; against the rest.</source>
        <translation>DONNÉES : les batches Python de CIFAR-10 (data_batch_1 … data_batch_5, test_batch, batches.meta). La version Python de CIFAR-10 se télécharge depuis https://www.cs.toronto.edu/~kriz/cifar.html (cifar-10-python.tar.gz ; choisissez le dossier cifar-10-batches-py qu&apos;il décompresse). Les copies JPEG dans des dossiers de classe train/ et test/ marchent aussi : ouvrez-les dans l&apos;onglet Données et prenez « bird » contre le reste.</translation>
    </message>
    <message>
        <source>The lesson takes every bird and an equal-size sample of the other nine classes (seed 0), 32×32 colour, and trains three logistic regressions from the same starting weights with learning rates 0.01, 0.001, 0.0001. lrgui keeps the one with the lowest cost on the test images.</source>
        <translation>La leçon prend tous les oiseaux et un échantillon de même taille des neuf autres classes (graine 0), 32×32 couleur, et entraîne trois régressions logistiques à partir des mêmes poids de départ avec les taux d&apos;apprentissage 0,01 ; 0,001 ; 0,0001. lrgui garde celle dont le coût sur les images de test est le plus bas.</translation>
    </message>
    <message>
        <source>1. Train: the three cost curves appear side by side on the Train tab.</source>
        <translation>1. Entraînez : les trois courbes de coût apparaissent côte à côte dans l&apos;onglet Entraînement.</translation>
    </message>
    <message>
        <source>2. The largest rate makes the training cost fall fastest; the smallest has barely moved after 2,000 iterations.</source>
        <translation>2. Le plus grand taux fait baisser le coût d&apos;entraînement le plus vite ; le plus petit a à peine bougé après 2 000 itérations.</translation>
    </message>
    <message>
        <source>3. Watch the test curves too: the fastest rate can fit the training pictures better and the test pictures worse. That is why lrgui judges the race by the test cost, not the training cost.</source>
        <translation>3. Regardez aussi les courbes de test : le taux le plus rapide peut mieux coller aux images d&apos;entraînement et moins bien aux images de test. C&apos;est pourquoi lrgui juge la course au coût de test, pas au coût d&apos;entraînement.</translation>
    </message>
    <message>
        <source>4. The Results tab: accuracy is far from 100 % — 32×32 pixels and one linear layer are not enough to recognise a bird well.</source>
        <translation>4. L&apos;onglet Résultats : l&apos;exactitude est loin de 100 % — 32×32 pixels et une seule couche linéaire ne suffisent pas pour bien reconnaître un oiseau.</translation>
    </message>
    <message>
        <source>5. Tick &quot;Step slice&quot; on the Train tab: the step slice appears under the curves. Drag the replay slider to the start. The curve is the cost along the gradient from that point, J(θ − α·g); the orange mark is where one step of the kept rate lands, the dashed line the cost before it, the star the best step on that line. Type 1000 as the learning rate and train again: the mark sits far up the other side of the valley, above the dashed line: one step already makes the cost rise.</source>
        <translation>5. Cochez « Coupe du pas » dans l&apos;onglet Entraînement : la coupe du pas apparaît sous les courbes. Ramenez le curseur de relecture au début. La courbe est le coût le long du gradient depuis ce point, J(θ − α·g) ; la marque orange est l&apos;endroit où atterrit un pas du taux retenu, la ligne pointillée le coût avant lui, l&apos;étoile le meilleur pas sur cette ligne. Tapez 1000 comme taux d&apos;apprentissage et entraînez à nouveau : la marque se trouve très haut de l&apos;autre côté de la vallée, au-dessus de la ligne pointillée : un seul pas fait déjà monter le coût.</translation>
    </message>
    <message>
        <source>- Before training: which learning rate will win? Why not always use the largest?</source>
        <translation>- Avant l&apos;entraînement : quel taux d&apos;apprentissage va gagner ? Pourquoi ne pas toujours prendre le plus grand ?</translation>
    </message>
    <message>
        <source>- Why must the three runs start from the same weights for the race to be fair?</source>
        <translation>- Pourquoi les trois exécutions doivent-elles partir des mêmes poids pour que la course soit équitable ?</translation>
    </message>
    <message>
        <source>- On the step slice, where would the best learning rate for this first step be? Why can a larger one be worse?</source>
        <translation>- Sur la coupe du pas, où serait le meilleur taux d&apos;apprentissage pour ce premier pas ? Pourquoi un plus grand peut-il être pire ?</translation>
    </message>
    <message>
        <source>- A model that says &quot;not a bird&quot; to everything scores 50 % here. Why do we balance the classes?</source>
        <translation>- Un modèle qui répond « pas un oiseau » à tout obtient ici 50 %. Pourquoi équilibrons-nous les classes ?</translation>
    </message>
    <message>
        <source>- Which birds does the model miss? Which non-birds does it call birds?</source>
        <translation>- Quels oiseaux le modèle manque-t-il ? Quels non-oiseaux prend-il pour des oiseaux ?</translation>
    </message>
    <message>
        <source>Fashion with a hidden layer — and why scaling the inputs matters.</source>
        <translation>La mode avec une couche cachée — et pourquoi mettre les entrées à l&apos;échelle compte.</translation>
    </message>
    <message>
        <source>DATA: Fashion-MNIST&apos;s IDX files (60,000 training and 10,000 test pictures, 28×28 grayscale, 10 classes). Fashion-MNIST can be downloaded from https://github.com/zalandoresearch/fashion-mnist (the four *-ubyte.gz files of data/fashion, in one folder).</source>
        <translation>DONNÉES : les fichiers IDX de Fashion-MNIST (60 000 images d&apos;entraînement et 10 000 de test, 28×28 en niveaux de gris, 10 classes). Fashion-MNIST se télécharge depuis https://github.com/zalandoresearch/fashion-mnist (les quatre fichiers *-ubyte.gz de data/fashion, dans un même dossier).</translation>
    </message>
    <message>
        <source>Two networks with 50 sigmoid hidden units, 25 minibatches per epoch, learning rate 0.3, 300 epochs, from the same starting weights. The only difference: the first standardises every pixel (zero mean, unit variance over the training pictures), the second only divides by 255.</source>
        <translation>Deux réseaux à 50 unités cachées sigmoïdes, 25 mini-lots par époque, taux d&apos;apprentissage 0,3, 300 époques, à partir des mêmes poids de départ. Seule différence : le premier standardise chaque pixel (moyenne nulle, variance unité sur les images d&apos;entraînement), le second divise seulement par 255.</translation>
    </message>
    <message>
        <source>1. Train (about a minute per run): the two cost curves side by side.</source>
        <translation>1. Entraînez (environ une minute par exécution) : les deux courbes de coût côte à côte.</translation>
    </message>
    <message>
        <source>2. The standardised run learns faster and ends higher. Measured with lrgui on the full dataset: after 1 epoch 74 % against 67 % on the test pictures, after 10 epochs 83 % against 78 %, after 300 epochs 87.9 % against 86.5 % (training pictures: 93.4 % against 88.7 %).</source>
        <translation>2. L&apos;exécution standardisée apprend plus vite et finit plus haut. Mesuré avec lrgui sur le jeu complet : après 1 époque 74 % contre 67 % sur les images de test, après 10 époques 83 % contre 78 %, après 300 époques 87,9 % contre 86,5 % (images d&apos;entraînement : 93,4 % contre 88,7 %).</translation>
    </message>
    <message>
        <source>3. The tutorial this lesson follows fed raw pixels (0–255) to its network: the sigmoid units saturated (their slope is almost zero for inputs that large), the gradients vanished and it stalled at 50 % against 87 % scaled. lrgui always divides by 255 at least, so its plain run does learn — only more slowly, because pixels between 0 and 1, mostly near 0 (the background), are uneven in scale and all positive, which makes gradient descent zigzag.</source>
        <translation>3. Le tutoriel que suit cette leçon donnait à son réseau des pixels bruts (0–255) : les unités sigmoïdes saturaient (leur pente est presque nulle pour des entrées aussi grandes), les gradients disparaissaient et il plafonnait à 50 % contre 87 % avec mise à l&apos;échelle. lrgui divise toujours au moins par 255, donc son exécution simple apprend bien — seulement plus lentement, car des pixels entre 0 et 1, surtout proches de 0 (le fond), sont d&apos;échelles inégales et tous positifs, ce qui fait zigzaguer la descente de gradient.</translation>
    </message>
    <message>
        <source>4. The Results tab: which clothes does the network confuse? (Shirt, T-shirt, pullover and coat.)</source>
        <translation>4. L&apos;onglet Résultats : quels vêtements le réseau confond-il ? (Chemise, T-shirt, pull et manteau.)</translation>
    </message>
    <message>
        <source>- What does a sigmoid unit output when its input is 500? What is its slope there?</source>
        <translation>- Que sort une unité sigmoïde quand son entrée vaut 500 ? Quelle est sa pente à cet endroit ?</translation>
    </message>
    <message>
        <source>- Why does standardising help gradient descent, even though it loses no information?</source>
        <translation>- Pourquoi la standardisation aide-t-elle la descente de gradient, alors qu&apos;elle ne perd aucune information ?</translation>
    </message>
    <message>
        <source>- Why are shirts and T-shirts confused, and trousers almost never?</source>
        <translation>- Pourquoi les chemises et les T-shirts sont-ils confondus, et les pantalons presque jamais ?</translation>
    </message>
    <message>
        <source>- The mean and the spread are measured on the training pictures only. Why not on all of them?</source>
        <translation>- La moyenne et la dispersion sont mesurées sur les seules images d&apos;entraînement. Pourquoi pas sur toutes ?</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>Cannot save the lesson to {target}: {problem}.</source>
        <translation>Impossible d&apos;enregistrer la leçon dans {target} : {problem}.</translation>
    </message>
    <message>
        <source>Cannot save the lesson to {target}: its model cannot be saved ({rstrip}).</source>
        <translation>Impossible d&apos;enregistrer la leçon dans {target} : son modèle ne peut pas être enregistré ({rstrip}).</translation>
    </message>
    <message>
        <source>Cannot save the lesson to {target}: its model takes {bytes}, more than a lesson holds ({bytes2}).</source>
        <translation>Impossible d&apos;enregistrer la leçon dans {target} : son modèle occupe {bytes}, plus que ne contient une leçon ({bytes2}).</translation>
    </message>
    <message>
        <source>{name} is not an lrgui lesson file (it is not a zip archive, or it is damaged).</source>
        <translation>{name} n&apos;est pas un fichier de leçon lrgui (ce n&apos;est pas une archive zip, ou elle est endommagée).</translation>
    </message>
    <message>
        <source>it names a model but holds no {model_member}</source>
        <translation>elle nomme un modèle mais ne contient pas de {model_member}</translation>
    </message>
    <message>
        <source>it holds a {model_member} its lesson.json does not name</source>
        <translation>elle contient un {model_member} que son lesson.json ne nomme pas</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui lesson: {problem}.</source>
        <translation>{name} n&apos;est pas une leçon lrgui utilisable : {problem}.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui lesson: it is damaged ({name2}).</source>
        <translation>{name} n&apos;est pas une leçon lrgui utilisable : elle est endommagée ({name2}).</translation>
    </message>
    <message>
        <source>it holds {count} files, more than a lesson has</source>
        <translation>elle contient {count} fichiers, plus qu&apos;une leçon n&apos;en a</translation>
    </message>
    <message>
        <source>it holds two files of the same name</source>
        <translation>elle contient deux fichiers du même nom</translation>
    </message>
    <message>
        <source>it holds an unexpected file &apos;{filename}&apos;</source>
        <translation>elle contient un fichier inattendu &apos;{filename}&apos;</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is compressed in a way lrgui lessons never are</source>
        <translation>&apos;{filename}&apos; est compressé d&apos;une façon que les leçons lrgui n&apos;utilisent jamais</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is encrypted</source>
        <translation>&apos;{filename}&apos; est chiffré</translation>
    </message>
    <message>
        <source>it has no {json_member}</source>
        <translation>elle n&apos;a pas de {json_member}</translation>
    </message>
    <message>
        <source>its {filename} declares {bytes}, more than a lesson holds ({bytes2})</source>
        <translation>son {filename} déclare {bytes}, plus que ne contient une leçon ({bytes2})</translation>
    </message>
    <message>
        <source>The lesson&apos;s {filename}</source>
        <translation>Le {filename} de la leçon</translation>
    </message>
    <message>
        <source>its {filename} inflates beyond the {bytes} it declares</source>
        <translation>son {filename} dépasse, décompressé, les {bytes} qu&apos;il déclare</translation>
    </message>
    <message>
        <source>its {filename} is not the size it declares</source>
        <translation>son {filename} n&apos;a pas la taille qu&apos;il déclare</translation>
    </message>
    <message>
        <source>its {json_member} is not valid JSON</source>
        <translation>son {json_member} n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>its {json_member} is not an lrgui lesson</source>
        <translation>son {json_member} n&apos;est pas une leçon lrgui</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <extracomment>where each excluded file lies (a source and the name inside it), as read from the file the folder of the file it was read from (relative paths are relative to it) the settings the Train form shows, the rates to compare, the displayed point (None: the last)</extracomment>
        <translation>elle n&apos;a pas de version de format valide</translation>
    </message>
    <message>
        <source>it uses lesson format {version}, written by a newer lrgui ({get}); please update lrgui</source>
        <translation>elle utilise le format de leçon {version}, écrit par un lrgui plus récent ({get}) ; veuillez mettre lrgui à jour</translation>
    </message>
    <message>
        <source>it claims lesson format {version}, which lrgui never wrote</source>
        <translation>elle prétend au format de leçon {version}, que lrgui n&apos;a jamais écrit</translation>
    </message>
    <message>
        <source>its format was not migrated</source>
        <translation>son format n&apos;a pas été converti</translation>
    </message>
    <message>
        <source>its {json_member} does not hold exactly the lesson&apos;s fields (&apos;{missing}&apos;)</source>
        <translation>son {json_member} ne contient pas exactement les champs d&apos;une leçon (&apos;{missing}&apos;)</translation>
    </message>
    <message>
        <source>its notes are not a text of at most {value} KB</source>
        <translation>ses notes ne sont pas un texte d&apos;au plus {value} Ko</translation>
    </message>
    <message>
        <source>its data request is not a JSON object</source>
        <translation>sa demande de données n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>its best run is not one of its runs</source>
        <translation>sa meilleure exécution n&apos;est pas l&apos;une de ses exécutions</translation>
    </message>
    <message>
        <source>it names a model file other than its own</source>
        <translation>elle nomme un autre fichier de modèle que le sien</translation>
    </message>
    <message>
        <source>its playground is not a JSON object</source>
        <translation>son bac à sable n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>its playground is larger than lrgui allows</source>
        <translation>son bac à sable est plus grand que lrgui ne le permet</translation>
    </message>
    <message>
        <source>its playground is refused ({rstrip})</source>
        <translation>son bac à sable est refusé ({rstrip})</translation>
    </message>
    <message>
        <source>its view does not hold exactly the draft, the rates to compare and the displayed point</source>
        <translation>sa vue ne contient pas exactement le brouillon, les taux à comparer et le point affiché</translation>
    </message>
    <message>
        <source>its draft settings are not a JSON object</source>
        <translation>ses réglages en brouillon ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>its {json_member} is nested more than {max_json_depth} levels deep</source>
        <translation>son {json_member} est imbriqué sur plus de {max_json_depth} niveaux</translation>
    </message>
    <message>
        <source>it holds a name longer than lrgui allows</source>
        <translation>elle contient un nom plus long que lrgui ne le permet</translation>
    </message>
    <message>
        <source>it holds a text longer than lrgui allows</source>
        <translation>elle contient un texte plus long que lrgui ne le permet</translation>
    </message>
    <message>
        <source>it holds a number that is not finite</source>
        <translation>elle contient un nombre qui n&apos;est pas fini</translation>
    </message>
    <message>
        <source>it holds a value that is not plain JSON</source>
        <translation>elle contient une valeur qui n&apos;est pas du JSON simple</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; is not a text of at most {limit} characters</source>
        <translation>son &apos;{key}&apos; n&apos;est pas un texte d&apos;au plus {limit} caractères</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; is not a list of at most {limit} entries</source>
        <translation>son &apos;{key}&apos; n&apos;est pas une liste d&apos;au plus {limit} entrées</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; holds something other than texts</source>
        <translation>son &apos;{key}&apos; contient autre chose que des textes</translation>
    </message>
    <message>
        <source>its {what} is not a whole number of at least {minimum}</source>
        <translation>son {what} n&apos;est pas un nombre entier d&apos;au moins {minimum}</translation>
    </message>
    <message>
        <source>its {what} is not a JSON object</source>
        <translation>son {what} n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a source&apos;s digest is not a SHA-256 hex digest</source>
        <translation>l&apos;empreinte d&apos;une source n&apos;est pas une empreinte SHA-256 hexadécimale</translation>
    </message>
    <message>
        <source>its data source &apos;{kind}&apos; is not one lrgui knows</source>
        <translation>sa source de données &apos;{kind}&apos; n&apos;est pas connue de lrgui</translation>
    </message>
    <message>
        <source>its image format does not say grayscale or colour</source>
        <translation>son format d&apos;image ne dit pas niveaux de gris ou couleur</translation>
    </message>
    <message>
        <source>its image format is refused ({rstrip})</source>
        <translation>son format d&apos;image est refusé ({rstrip})</translation>
    </message>
    <message>
        <source>a class rename is not a pair of names</source>
        <translation>un renommage de classe n&apos;est pas une paire de noms</translation>
    </message>
    <message>
        <source>its test fraction is not a number</source>
        <translation>sa part de test n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>its toy option &apos;{key}&apos; is not a number</source>
        <translation>son option de jeu jouet &apos;{key}&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>an excluded file names a folder the lesson does not have</source>
        <translation>un fichier exclu nomme un dossier que la leçon n&apos;a pas</translation>
    </message>
    <message>
        <source>its data request is refused ({rstrip})</source>
        <translation>sa demande de données est refusée ({rstrip})</translation>
    </message>
    <message>
        <source>a run&apos;s settings are refused ({rstrip})</source>
        <translation>les réglages d&apos;une exécution sont refusés ({rstrip})</translation>
    </message>
    <message>
        <source>a run&apos;s curves are refused ({rstrip})</source>
        <translation>les courbes d&apos;une exécution sont refusées ({rstrip})</translation>
    </message>
    <message>
        <source>This lesson has no data to train on (it is a playground lesson); open it in the app.</source>
        <translation>Cette leçon n&apos;a pas de données d&apos;entraînement (c&apos;est une leçon de bac à sable) ; ouvrez-la dans l&apos;application.</translation>
    </message>
    <message>
        <source>The lesson&apos;s folder {shown} was not found; locate it (the app asks for it when the lesson is opened) or put it back.{hint}</source>
        <translation>Le dossier {shown} de la leçon est introuvable ; localisez-le (l&apos;application le demande à l&apos;ouverture de la leçon) ou remettez-le en place.{hint}</translation>
    </message>
    <message>
        <source>it holds {files} files, not {expected}</source>
        <translation>il contient {files} fichiers, pas {expected}</translation>
    </message>
    <message>
        <source>the names or sizes of its files differ</source>
        <translation>les noms ou les tailles de ses fichiers diffèrent</translation>
    </message>
    <message>
        <source>The lesson&apos;s folder {shown} has changed since the lesson was saved ({what}); locate the original folder or train on it as it is.</source>
        <translation>Le dossier {shown} de la leçon a changé depuis l&apos;enregistrement de la leçon ({what}) ; localisez le dossier d&apos;origine ou entraînez sur lui tel qu&apos;il est.</translation>
    </message>
    <message>
        <source>Not a folder: {folder}</source>
        <translation>Ce n&apos;est pas un dossier : {folder}</translation>
    </message>
    <message>
        <source>The lesson has no folder {source}.</source>
        <translation>La leçon n&apos;a pas de dossier {source}.</translation>
    </message>
    <message>
        <source>This lesson has no training settings to run.</source>
        <translation>Cette leçon n&apos;a pas de réglages d&apos;entraînement à exécuter.</translation>
    </message>
    <message>
        <source>{path} has no training settings to run.</source>
        <translation>{path} n&apos;a pas de réglages d&apos;entraînement à exécuter.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>{what} declares a negative size.</source>
        <translation>{what} déclare une taille négative.</translation>
    </message>
    <message>
        <source>{what} would need {bytes}, more than lrgui allows ({bytes2}).</source>
        <translation>{what} demanderait {bytes}, plus que lrgui ne le permet ({bytes2}).</translation>
    </message>
    <message>
        <source>{what} would need {bytes} of memory, but only {bytes2} is available.</source>
        <translation>{what} demanderait {bytes} de mémoire, mais seuls {bytes2} sont disponibles.</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>{count} images at {size} pixels would need about {bytes} of memory (the pixels and their floating-point copy for training), but only {bytes2} is available: choose a smaller image size or fewer images per class.</source>
        <extracomment>Files this small (on average) decode so fast that the Python around every file, which holds the GIL, is most of the work, and a second thread only contends for it (measured in docs/performance.md, &quot;Measurements behind the code&apos;s constants&quot;). Files whose sizes are looked at to tell (spread over the list). Files one worker decodes per hand-off: handing over one small JPEG at a time cost more than decoding it. How often (seconds) a wait for a worker looks at ``should_stop``: a task of large photos may take a while.</extracomment>
        <translation>{count} images de {size} pixels demanderaient environ {bytes} de mémoire (les pixels et leur copie en virgule flottante pour l&apos;entraînement), mais seuls {bytes2} sont disponibles : choisissez une taille d&apos;image plus petite ou moins d&apos;images par classe.</translation>
    </message>
    <message>
        <source>Training needs at least two classes; found {count} ({names}).</source>
        <translation>L&apos;entraînement demande au moins deux classes ; trouvé : {count} ({names}).</translation>
    </message>
    <message>
        <source> in {folders}</source>
        <translation> dans {folders}</translation>
    </message>
    <message>
        <source> ({count} folders could not be read)</source>
        <translation> ({count} dossiers n&apos;ont pas pu être lus)</translation>
    </message>
    <message>
        <source>Class {name} has no images{where}{hint}.</source>
        <translation>La classe {name} n&apos;a pas d&apos;images{where}{hint}.</translation>
    </message>
    <message>
        <source>Class {name} has no readable images ({count} files were skipped).</source>
        <translation>La classe {name} n&apos;a pas d&apos;images lisibles ({count} fichiers ont été ignorés).</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>{name} is an old lrgui model (HDF5, format 1) that lrgui no longer opens directly; &apos;lrgui convert {name}&apos; turns it into a {model_extension} file.</source>
        <extracomment>format 1, HDF5: never opened in-process, only converted (lrgui.data.legacy_model) the header is the metadata plus one short line per tensor the largest image (1024 × 1024 × 3); non-image data (logic gates) are far smaller safetensors dtype → little-endian NumPy dtype; nothing else is ever in a model</extracomment>
        <translation>{name} est un ancien modèle lrgui (HDF5, format 1) que lrgui n&apos;ouvre plus directement ; &apos;lrgui convert {name}&apos; le transforme en fichier {model_extension}.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui model: {problem}.</source>
        <translation>{name} n&apos;est pas un modèle lrgui utilisable : {problem}.</translation>
    </message>
    <message>
        <source>{name} uses model format {version}, written by a newer lrgui ({written_by}); this lrgui ({version2}) reads format {format_version}, so please update lrgui.</source>
        <translation>{name} utilise le format de modèle {version}, écrit par un lrgui plus récent ({written_by}) ; ce lrgui ({version2}) lit le format {format_version}, veuillez donc mettre lrgui à jour.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui model: it is damaged ({name2}).</source>
        <translation>{name} n&apos;est pas un modèle lrgui utilisable : il est endommagé ({name2}).</translation>
    </message>
    <message>
        <source>Cannot write the model to {name}: {problem}.</source>
        <translation>Impossible d&apos;écrire le modèle dans {name} : {problem}.</translation>
    </message>
    <message>
        <source>Cannot write the model to {name}: {exc}.</source>
        <translation>Impossible d&apos;écrire le modèle dans {name} : {exc}.</translation>
    </message>
    <message>
        <source>{name} is not a usable lrgui model: its header takes {header_length} bytes, more than an lrgui model&apos;s ({max_header_bytes} at most, enough for {max_classes} classes).</source>
        <translation>{name} n&apos;est pas un modèle lrgui utilisable : son en-tête occupe {header_length} octets, plus que celui d&apos;un modèle lrgui ({max_header_bytes} au plus, assez pour {max_classes} classes).</translation>
    </message>
    <message>
        <source>{name} is a safetensors file, but not an lrgui model.</source>
        <translation>{name} est un fichier safetensors, mais pas un modèle lrgui.</translation>
    </message>
    <message>
        <source>its metadata holds a value that is not text</source>
        <translation>ses métadonnées contiennent une valeur qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>its metadata is longer than {max_metadata_chars} characters</source>
        <translation>ses métadonnées dépassent {max_metadata_chars} caractères</translation>
    </message>
    <message>
        <source>it holds {count} tensors, more than an lrgui model has</source>
        <translation>il contient {count} tenseurs, plus qu&apos;un modèle lrgui n&apos;en a</translation>
    </message>
    <message>
        <source>the header entry of tensor &apos;{shown}&apos; is malformed</source>
        <translation>l&apos;entrée d&apos;en-tête du tenseur &apos;{shown}&apos; est mal formée</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has the type {entry}, not one of F32, F64 or I64</source>
        <translation>le tenseur &apos;{shown}&apos; est de type {entry}, pas F32, F64 ni I64</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has an invalid shape</source>
        <translation>le tenseur &apos;{shown}&apos; a une forme invalide</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has invalid data offsets</source>
        <translation>le tenseur &apos;{shown}&apos; a des décalages de données invalides</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; declares more data than the file holds</source>
        <translation>le tenseur &apos;{shown}&apos; déclare plus de données que n&apos;en contient le fichier</translation>
    </message>
    <message>
        <source>its tensors&apos; data overlap or leave gaps</source>
        <translation>les données de ses tenseurs se chevauchent ou laissent des trous</translation>
    </message>
    <message>
        <source>its tensors&apos; data do not fill the file</source>
        <translation>les données de ses tenseurs ne remplissent pas le fichier</translation>
    </message>
    <message>
        <source>its metadata has no &apos;{key}&apos;</source>
        <translation>ses métadonnées n&apos;ont pas de &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; metadata is not valid JSON</source>
        <translation>ses métadonnées &apos;{key}&apos; ne sont pas du JSON valide</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; metadata is nested more than {max_json_depth} levels deep</source>
        <translation>ses métadonnées &apos;{key}&apos; sont imbriquées sur plus de {max_json_depth} niveaux</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; metadata is not a JSON {value}</source>
        <translation>ses métadonnées &apos;{key}&apos; ne sont pas un {value} JSON</translation>
    </message>
    <message>
        <source>its &apos;{key}&apos; is not a whole number</source>
        <translation>son &apos;{key}&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <translation>il n&apos;a pas de version de format valide</translation>
    </message>
    <message>
        <source>it claims format {version}, which lrgui never wrote as safetensors</source>
        <translation>il prétend au format {version}, que lrgui n&apos;a jamais écrit en safetensors</translation>
    </message>
    <message>
        <source>it holds a model type this lrgui does not know (&apos;{model_type}&apos;)</source>
        <translation>il contient un type de modèle que ce lrgui ne connaît pas (&apos;{model_type}&apos;)</translation>
    </message>
    <message>
        <source>its &apos;info&apos; metadata is refused ({rstrip})</source>
        <translation>ses métadonnées &apos;info&apos; sont refusées ({rstrip})</translation>
    </message>
    <message>
        <source>it holds an unexpected tensor &apos;{shown}&apos;</source>
        <translation>il contient un tenseur inattendu &apos;{shown}&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;{shown}&apos; has the type {name}, not {value}</source>
        <translation>le tenseur &apos;{shown}&apos; est de type {name}, pas {value}</translation>
    </message>
    <message>
        <source>it has {count} classes, not {min_classes} to {max_classes}</source>
        <translation>il a {count} classes, pas de {min_classes} à {max_classes}</translation>
    </message>
    <message>
        <source>a class name is not text</source>
        <translation>un nom de classe n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>a class name is empty or longer than {max_class_name} characters</source>
        <translation>un nom de classe est vide ou dépasse {max_class_name} caractères</translation>
    </message>
    <message>
        <source>the class name &apos;{label}&apos; contains a control character</source>
        <translation>le nom de classe &apos;{label}&apos; contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>two classes have the same name</source>
        <translation>deux classes ont le même nom</translation>
    </message>
    <message>
        <source>its image size {size} is not between {min_image_size} and {max_image_size} pixels</source>
        <translation>sa taille d&apos;image {size} n&apos;est pas comprise entre {min_image_size} et {max_image_size} pixels</translation>
    </message>
    <message>
        <source>its images have {channels} channels, not 1 (grey) or 3 (colour)</source>
        <translation>ses images ont {channels} canaux, pas 1 (gris) ou 3 (couleur)</translation>
    </message>
    <message>
        <source>{what} holds values that are not finite numbers</source>
        <translation>{what} contient des valeurs qui ne sont pas des nombres finis</translation>
    </message>
    <message>
        <source>it has no tensor &apos;{tensor_name}&apos;</source>
        <translation>il n&apos;a pas de tenseur &apos;{tensor_name}&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;{names}&apos; has the shape {shape}, which no model has</source>
        <translation>le tenseur &apos;{names}&apos; a la forme {shape}, qu&apos;aucun modèle n&apos;a</translation>
    </message>
    <message>
        <source>its weights are for {n} features, but its {size}×{size} images with {channels} channels have {n_features}</source>
        <translation>ses poids sont pour {n} caractéristiques, mais ses images {size}×{size} à {channels} canaux en ont {n_features}</translation>
    </message>
    <message>
        <source>its weights are for {n} features, more than lrgui supports</source>
        <translation>ses poids sont pour {n} caractéristiques, plus que lrgui n&apos;en gère</translation>
    </message>
    <message>
        <source>tensor &apos;{tensor_name}&apos; has the shape {shape}, not {shape2} as {k} classes and {n} features need</source>
        <translation>le tenseur &apos;{tensor_name}&apos; a la forme {shape}, pas {shape2} comme l&apos;exigent {k} classes et {n} caractéristiques</translation>
    </message>
    <message>
        <source>it has no tensor &apos;costs&apos;</source>
        <translation>il n&apos;a pas de tenseur &apos;costs&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;costs&apos; has the shape {shape}, not (T, 2)</source>
        <translation>le tenseur &apos;costs&apos; a la forme {shape}, pas (T, 2)</translation>
    </message>
    <message>
        <source>tensor &apos;costs&apos; holds iteration numbers that are not whole numbers from 0</source>
        <translation>le tenseur &apos;costs&apos; contient des numéros d&apos;itération qui ne sont pas des entiers à partir de 0</translation>
    </message>
    <message>
        <source>its parameters name an unknown setting &apos;{key}&apos;</source>
        <translation>ses paramètres nomment un réglage inconnu &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>its setting &apos;{key}&apos; is not a plain value</source>
        <translation>son réglage &apos;{key}&apos; n&apos;est pas une valeur simple</translation>
    </message>
    <message>
        <source>its setting &apos;{key}&apos; is too long</source>
        <translation>son réglage &apos;{key}&apos; est trop long</translation>
    </message>
    <message>
        <source>its setting &apos;dtype&apos; is {dtype}, not float32 or float64</source>
        <translation>son réglage &apos;dtype&apos; vaut {dtype}, pas float32 ou float64</translation>
    </message>
    <message>
        <source>its &apos;state&apos; metadata does not hold exactly {join}</source>
        <translation>ses métadonnées &apos;state&apos; ne contiennent pas exactement {join}</translation>
    </message>
    <message>
        <source>its state &apos;{key}&apos; is not a {name}</source>
        <translation>son état &apos;{key}&apos; n&apos;est pas un {name}</translation>
    </message>
    <message>
        <source>its iteration count is out of range</source>
        <translation>son nombre d&apos;itérations est hors limites</translation>
    </message>
    <message>
        <source>its preprocessing &apos;{kind}&apos; is not one lrgui knows</source>
        <translation>son prétraitement &apos;{kind}&apos; n&apos;est pas connu de lrgui</translation>
    </message>
    <message>
        <source>its preprocessing_dtype &apos;{dtype}&apos; is not float32 or float64</source>
        <translation>son preprocessing_dtype &apos;{dtype}&apos; n&apos;est pas float32 ou float64</translation>
    </message>
    <message>
        <source>it holds standardisation statistics, but its preprocessing is &apos;{kind}&apos;</source>
        <translation>il contient des statistiques de standardisation, mais son prétraitement est &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>it standardises its inputs, but lacks the tensor &apos;mean&apos; or &apos;std&apos;</source>
        <translation>il standardise ses entrées, mais il lui manque le tenseur &apos;mean&apos; ou &apos;std&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;{key}&apos; has the shape {shape}, not ({n_features},)</source>
        <translation>le tenseur &apos;{key}&apos; a la forme {shape}, pas ({n_features},)</translation>
    </message>
    <message>
        <source>tensor &apos;std&apos; holds values that are not positive</source>
        <translation>le tenseur &apos;std&apos; contient des valeurs qui ne sont pas positives</translation>
    </message>
    <message>
        <source>its history has no tensor &apos;{history_prefix}{required}&apos;</source>
        <translation>son historique n&apos;a pas de tenseur &apos;{history_prefix}{required}&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;history.iterations&apos; is not a non-empty list</source>
        <translation>le tenseur &apos;history.iterations&apos; n&apos;est pas une liste non vide</translation>
    </message>
    <message>
        <source>tensor &apos;history.iterations&apos; is not a rising count from 0</source>
        <translation>le tenseur &apos;history.iterations&apos; n&apos;est pas un compte croissant à partir de 0</translation>
    </message>
    <message>
        <source>tensor &apos;history.{series}&apos; has the shape {shape}, not ({count},)</source>
        <translation>le tenseur &apos;history.{series}&apos; a la forme {shape}, pas ({count},)</translation>
    </message>
    <message>
        <source>tensor &apos;history.{series}&apos; holds infinite values</source>
        <translation>le tenseur &apos;history.{series}&apos; contient des valeurs infinies</translation>
    </message>
    <message>
        <source>tensor &apos;history.{series}&apos; holds accuracies outside 0 to 1</source>
        <translation>le tenseur &apos;history.{series}&apos; contient des exactitudes hors de 0 à 1</translation>
    </message>
    <message>
        <source>tensor &apos;history.{key}&apos; has the shape {shape}, not {value}</source>
        <translation>le tenseur &apos;history.{key}&apos; a la forme {shape}, pas {value}</translation>
    </message>
    <message>
        <source>the last entry of tensor &apos;history.{key}&apos; differs from the model&apos;s &apos;{key}&apos;</source>
        <translation>la dernière entrée du tenseur &apos;history.{key}&apos; diffère du &apos;{key}&apos; du modèle</translation>
    </message>
    <message>
        <source>its history is inconsistent ({exc})</source>
        <translation>son historique est incohérent ({exc})</translation>
    </message>
</context>
<context>
    <name>ModelKind</name>
    <message>
        <source>Logistic regression</source>
        <extracomment>Logits of this many values at most are held at once while a step slice is computed.</extracomment>
        <translation>Régression logistique</translation>
    </message>
    <message>
        <source>one sigmoid neuron (a softmax over three or more classes)</source>
        <translation>un neurone sigmoïde (un softmax pour trois classes ou plus)</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unités cachées</translation>
    </message>
    <message>
        <source>units of the hidden layer</source>
        <translation>unités de la couche cachée</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>the hidden units&apos; activation</source>
        <translation>l&apos;activation des unités cachées</translation>
    </message>
    <message>
        <source>Minibatches</source>
        <translation>Mini-lots</translation>
    </message>
    <message>
        <source>minibatches per epoch (1 = full-batch gradient descent)</source>
        <translation>mini-lots par époque (1 = descente de gradient sur tout le lot)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>rows per minibatch, instead of a number of minibatches</source>
        <translation>lignes par mini-lot, au lieu d&apos;un nombre de mini-lots</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>Pénalité L1</translation>
    </message>
    <message>
        <source>L1 penalty l1·|W| on the weights</source>
        <translation>Pénalité L1 l1·|W| sur les poids</translation>
    </message>
    <message>
        <source>Neural network (one hidden layer)</source>
        <translation>Réseau de neurones (une couche cachée)</translation>
    </message>
    <message>
        <source>one hidden layer of sigmoid, tanh or relu units, a softmax output</source>
        <translation>une couche cachée d&apos;unités sigmoïde, tanh ou relu, une sortie softmax</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>the kind of model to train</source>
        <translation>le type de modèle à entraîner</translation>
    </message>
    <message>
        <source>Standardise inputs (zero mean, unit variance)</source>
        <translation>Standardiser les entrées (moyenne nulle, variance unité)</translation>
    </message>
    <message>
        <source>standardise features (zero mean, unit variance, fitted on the training set) instead of pixels/255</source>
        <translation>standardiser les caractéristiques (moyenne nulle, variance unité, ajustées sur l&apos;ensemble d&apos;entraînement) au lieu de pixels/255</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>seed for sampling, splits and initial weights</source>
        <translation>graine pour l&apos;échantillonnage, les partages et les poids initiaux</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>step size of gradient descent; several, separated by commas or spaces, train one model each and compare</source>
        <translation>pas de la descente de gradient ; plusieurs, séparés par des espaces ou des points-virgules, entraînent chacun un modèle pour comparer</translation>
    </message>
    <message>
        <source>step size of gradient descent</source>
        <extracomment>The learning rate of one Playground pane: one rate (its own Race compares several).</extracomment>
        <translation>taille du pas de la descente de gradient</translation>
    </message>
    <message>
        <source>Record every</source>
        <translation>Enregistrer tous les</translation>
    </message>
    <message>
        <source>record the cost, the accuracies and the weights every N steps; left unset, the network chooses from the data&apos;s size so that recording costs under a tenth of training</source>
        <translation>enregistrer le coût, les exactitudes et les poids tous les N pas ; laissé vide, le réseau choisit selon la taille des données pour que l&apos;enregistrement coûte moins d&apos;un dixième de l&apos;entraînement</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Pénalité L2</translation>
    </message>
    <message>
        <source>L2 penalty (l2/2)·||W||² on the weights</source>
        <translation>Pénalité L2 (l2/2)·||W||² sur les poids</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>gradient-descent iterations of one run (epochs for a network)</source>
        <translation>itérations de descente de gradient d&apos;une exécution (époques pour un réseau)</translation>
    </message>
</context>
<context>
    <name>RunName</name>
    <message>
        <source>standardised</source>
        <extracomment>A recorded cost this many times the one before marks a run as unstable. Full-batch gradient descent with a small enough rate never rises; minibatches add noise of a few per cent between epochs, which is not what a learner should be warned about.</extracomment>
        <translation>standardisé</translation>
    </message>
    <message>
        <source>pixels ÷ 255</source>
        <translation>pixels ÷ 255</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>Stopped before the first iteration.</source>
        <extracomment>Events reach the UI at most this often (seconds) while nothing visible happens. A paced run sleeps in slices this short, so Pause and Stop answer at once. The live run keeps at most this many recorded points for replay (thinned evenly beyond, last kept).</extracomment>
        <translation>Arrêté avant la première itération.</translation>
    </message>
    <message>
        <source>{steps} in {seconds} s</source>
        <translation>{steps} en {seconds} s</translation>
    </message>
    <message>
        <source>Stopped after {note}; the weights reached are kept</source>
        <translation>Arrêté après {note} ; les poids atteints sont conservés</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>Circles, squares and triangles: {count} colour pictures, 64×64, drawn on first use (3 classes)</source>
        <translation>Cercles, carrés et triangles : {count} images en couleur, 64×64, dessinées à la première utilisation (3 classes)</translation>
    </message>
    <message>
        <source>Handwritten digits 0–9: {count} grayscale scans, 8×8 (10 classes; UCI, via scikit-learn)</source>
        <translation>Chiffres manuscrits 0–9 : {count} scans en niveaux de gris, 8×8 (10 classes ; UCI, via scikit-learn)</translation>
    </message>
    <message>
        <source>Unknown sample {name}; the samples are: {join}.</source>
        <extracomment>Recommended settings (keys as in TrainingSettings and ImageFormat), and what they reached when measured: shapes: train 99.7 %, test 95.6 %, cost 1.10 → 0.14 (the tutorials&apos; defaults); digits: train 98.5 %, test 97.5 %, cost 2.30 → 0.09, in under a second. Part of the cache folder&apos;s name: raise it whenever the generator draws different pixels, so an old copy is never mistaken for the new one. Written last into a generated sample; a folder without it is incomplete. Temporary folders older than this were left by a crashed process.</extracomment>
        <translation>Exemple inconnu {name} ; les exemples sont : {join}.</translation>
    </message>
    <message>
        <source>The {name} sample is not installed: {folder} is missing.</source>
        <translation>L&apos;exemple {name} n&apos;est pas installé : {folder} manque.</translation>
    </message>
    <message>
        <source>Cannot write the shapes sample to {parent}: {value}</source>
        <translation>Impossible d&apos;écrire l&apos;exemple des formes dans {parent} : {value}</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>{label} must be given.</source>
        <translation>{label} doit être indiqué.</translation>
    </message>
    <message>
        <source>{label} must be true or false, not {value}.</source>
        <translation>{label} doit être vrai ou faux, pas {value}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number, not {value}.</source>
        <translation>{label} doit être un nombre entier, pas {value}.</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}.</source>
        <translation>{label} doit être un nombre, pas {value}.</translation>
    </message>
    <message>
        <source>{label} must be a finite number, not {value}.</source>
        <translation>{label} doit être un nombre fini, pas {value}.</translation>
    </message>
    <message>
        <source>{label} must be a text, not {value}.</source>
        <translation>{label} doit être un texte, pas {value}.</translation>
    </message>
    <message>
        <source>{label} must be one of {join}, not {value}.</source>
        <translation>{label} doit être l&apos;un de {join}, pas {value}.</translation>
    </message>
    <message>
        <source>{label} must be a JSON object, not {kind}.</source>
        <translation>{label} doit être un objet JSON, pas {kind}.</translation>
    </message>
    <message>
        <source>{label} must be a list, not {kind}.</source>
        <translation>{label} doit être une liste, pas {kind}.</translation>
    </message>
    <message>
        <source>{label} must hold at most {maximum} entries, not {count}.</source>
        <translation>{label} doit contenir au plus {maximum} entrées, pas {count}.</translation>
    </message>
    <message>
        <source>greater than {number}</source>
        <translation>supérieur à {number}</translation>
    </message>
    <message>
        <source>at least {number}</source>
        <translation>au moins {number}</translation>
    </message>
    <message>
        <source>{label} must be {bound}, not {number}.</source>
        <extracomment>Learning rates and penalties above this are typing mistakes, not settings (and overflow float32 at once).</extracomment>
        <translation>{label} doit être {bound}, pas {number}.</translation>
    </message>
    <message>
        <source>{label} must be at most {number}, not {number2}.</source>
        <translation>{label} doit valoir au plus {number}, pas {number2}.</translation>
    </message>
    <message>
        <source>{what} must be a JSON object, not {kind}.</source>
        <translation>{what} doit être un objet JSON, pas {kind}.</translation>
    </message>
    <message>
        <source>{what} holds an unknown entry {key}.</source>
        <translation>{what} contient une entrée inconnue {key}.</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Le modèle</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <extracomment>every kind&apos;s settings; a kind&apos;s own come in its ``settings`` the common settings chosen beside a kind&apos;s own, in the window&apos;s form and as flags (the model is chosen first, by its own box or flag; the seed is the data&apos;s and the lesson&apos;s, with its own flag)</extracomment>
        <translation>Le taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>The number of iterations</source>
        <translation>Le nombre d&apos;itérations</translation>
    </message>
    <message>
        <source>The number of epochs</source>
        <translation>Le nombre d&apos;époques</translation>
    </message>
    <message>
        <source>Record every</source>
        <translation>Enregistrer tous les</translation>
    </message>
    <message>
        <source>The L2 penalty</source>
        <translation>La pénalité L2</translation>
    </message>
    <message>
        <source>The L1 penalty</source>
        <translation>La pénalité L1</translation>
    </message>
    <message>
        <source>The number of hidden units</source>
        <extracomment>Minibatches per epoch, and rows per minibatch. Hidden activations computed per block of grid rows: 256 K floats (1 MB) stay in the cache.</extracomment>
        <translation>Le nombre d&apos;unités cachées</translation>
    </message>
    <message>
        <source>The activation</source>
        <translation>L&apos;activation</translation>
    </message>
    <message>
        <source>The number of minibatches</source>
        <translation>Le nombre de mini-lots</translation>
    </message>
    <message>
        <source>The batch size</source>
        <translation>La taille de lot</translation>
    </message>
    <message>
        <source>Standardise</source>
        <translation>Standardiser</translation>
    </message>
    <message>
        <source>The seed</source>
        <translation>La graine</translation>
    </message>
    <message>
        <source>An accuracy</source>
        <extracomment>the settings&apos; limits are the kinds&apos; (lrgui.kinds): re-exported for the readers of files</extracomment>
        <translation>Une exactitude</translation>
    </message>
    <message>
        <source>A count</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>The model&apos;s settings</source>
        <translation>Les réglages du modèle</translation>
    </message>
    <message>
        <source>The model&apos;s class list</source>
        <translation>La liste des classes du modèle</translation>
    </message>
    <message>
        <source>The training accuracy</source>
        <translation>L&apos;exactitude d&apos;entraînement</translation>
    </message>
    <message>
        <source>The test accuracy</source>
        <translation>L&apos;exactitude de test</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergé</translation>
    </message>
    <message>
        <source>The instability note</source>
        <translation>La note d&apos;instabilité</translation>
    </message>
    <message>
        <source>The unstable iteration</source>
        <translation>L&apos;itération instable</translation>
    </message>
    <message>
        <source>The cost&apos;s rise</source>
        <translation>La hausse du coût</translation>
    </message>
    <message>
        <source>The playground&apos;s hidden units</source>
        <extracomment>The Playground&apos;s network: a few points on a plane, at most this many hidden units (each one&apos;s line is drawn).</extracomment>
        <translation>Les unités cachées du bac à sable</translation>
    </message>
    <message>
        <source>Show hidden lines</source>
        <extracomment>A pane&apos;s own entries beside its kind&apos;s Playground settings (lrgui.kinds.base.Playground)</extracomment>
        <translation>Montrer les droites cachées</translation>
    </message>
    <message>
        <source>The line&apos;s start chosen on the landscape</source>
        <translation>Le départ de la droite choisi sur le paysage</translation>
    </message>
    <message>
        <source>The trained pane</source>
        <translation>Le volet entraîné</translation>
    </message>
    <message>
        <source>The trained pane&apos;s activation</source>
        <extracomment>A trained pane as a lesson keeps it (its history thinned to at most this many points). a trained pane of a kind without an activation setting has none</extracomment>
        <translation>L&apos;activation du volet entraîné</translation>
    </message>
    <message>
        <source>The trained pane&apos;s history</source>
        <translation>L&apos;historique du volet entraîné</translation>
    </message>
    <message>
        <source>The trained pane&apos;s accuracy</source>
        <translation>L&apos;exactitude du volet entraîné</translation>
    </message>
    <message>
        <source>The trained pane&apos;s iteration</source>
        <translation>L&apos;itération du volet entraîné</translation>
    </message>
    <message>
        <source>The trained pane&apos;s costs</source>
        <translation>Les coûts du volet entraîné</translation>
    </message>
    <message>
        <source>The trained pane&apos;s advice</source>
        <translation>Le conseil du volet entraîné</translation>
    </message>
    <message>
        <source>A recorded iteration</source>
        <translation>Une itération enregistrée</translation>
    </message>
    <message>
        <source>A recorded cost</source>
        <translation>Un coût enregistré</translation>
    </message>
    <message>
        <source>A weight</source>
        <translation>Un poids</translation>
    </message>
    <message>
        <source>The playground&apos;s data set</source>
        <translation>Le jeu de données du bac à sable</translation>
    </message>
    <message>
        <source>The playground&apos;s number of points</source>
        <translation>Le nombre de points du bac à sable</translation>
    </message>
    <message>
        <source>The playground&apos;s noise</source>
        <translation>Le bruit du bac à sable</translation>
    </message>
    <message>
        <source>The playground&apos;s seed</source>
        <translation>La graine du bac à sable</translation>
    </message>
    <message>
        <source>The playground&apos;s points</source>
        <translation>Les points du bac à sable</translation>
    </message>
    <message>
        <source>The playground&apos;s labels</source>
        <translation>Les étiquettes du bac à sable</translation>
    </message>
    <message>
        <source>The playground&apos;s panes</source>
        <translation>Les volets du bac à sable</translation>
    </message>
    <message>
        <source>A point&apos;s coordinate</source>
        <translation>La coordonnée d&apos;un point</translation>
    </message>
    <message>
        <source>A point&apos;s label</source>
        <translation>L&apos;étiquette d&apos;un point</translation>
    </message>
    <message>
        <source>A run&apos;s curve</source>
        <extracomment>A run&apos;s curves hold at most this many (iteration, value) points each.</extracomment>
        <translation>La courbe d&apos;une exécution</translation>
    </message>
    <message>
        <source>A run&apos;s recorded cost</source>
        <extracomment>a recorded value: a cost or an accuracy; null where it was not a finite number (a diverged run&apos;s cost)</extracomment>
        <translation>Un coût enregistré d&apos;une exécution</translation>
    </message>
    <message>
        <source>A run&apos;s recorded test cost</source>
        <translation>Un coût de test enregistré d&apos;une exécution</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Each point of a run&apos;s curve must be an iteration and a value.</source>
        <translation>Chaque point de la courbe d&apos;une exécution doit être une itération et une valeur.</translation>
    </message>
    <message>
        <source>The unstable iteration must be given.</source>
        <translation>L&apos;itération instable doit être indiquée.</translation>
    </message>
    <message>
        <source>The model&apos;s class list must hold texts only.</source>
        <translation>La liste des classes du modèle ne doit contenir que des textes.</translation>
    </message>
    <message>
        <source>The playground&apos;s points and labels must be two lists of the same length.</source>
        <translation>Les points et les étiquettes du bac à sable doivent être deux listes de même longueur.</translation>
    </message>
    <message>
        <source>Each of the playground&apos;s points must be a pair of numbers.</source>
        <translation>Chaque point du bac à sable doit être une paire de nombres.</translation>
    </message>
    <message>
        <source>The playground has no pane {kind}.</source>
        <translation>Le bac à sable n&apos;a pas de volet {kind}.</translation>
    </message>
    <message>
        <source>Only the line&apos;s pane has a start, and it is three numbers (w₁, w₂, b).</source>
        <translation>Seul le volet de la droite a un départ, et c&apos;est trois nombres (w₁, w₂, b).</translation>
    </message>
    <message>
        <source>Each point of a trained pane&apos;s history must be an iteration and its parameters.</source>
        <translation>Chaque point de l&apos;historique d&apos;un volet entraîné doit être une itération et ses paramètres.</translation>
    </message>
    <message>
        <source>A trained {kind} pane&apos;s parameters must be {join}.</source>
        <translation>Les paramètres d&apos;un volet {kind} entraîné doivent être {join}.</translation>
    </message>
    <message>
        <source>Each of a trained pane&apos;s costs must be an iteration and a cost.</source>
        <translation>Chacun des coûts d&apos;un volet entraîné doit être une itération et un coût.</translation>
    </message>
    <message>
        <source>A trained pane&apos;s parameters must be numbers, vectors or small matrices.</source>
        <translation>Les paramètres d&apos;un volet entraîné doivent être des nombres, des vecteurs ou de petites matrices.</translation>
    </message>
    <message>
        <source>A trained {kind} pane&apos;s parameters do not have the shapes of its model.</source>
        <translation>Les paramètres d&apos;un volet {kind} entraîné n&apos;ont pas les formes de son modèle.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Unknown class {name}; the classes are: {join}.</source>
        <translation>Classe inconnue {name} ; les classes sont : {join}.</translation>
    </message>
    <message>
        <source>The class {positive} for one-vs-rest is not among the chosen classes.</source>
        <translation>La classe {positive} pour un-contre-tous n&apos;est pas parmi les classes choisies.</translation>
    </message>
    <message>
        <source>The number of images per class must be at least 1, not {per_class}.</source>
        <translation>Le nombre d&apos;images par classe doit être d&apos;au moins 1, pas {per_class}.</translation>
    </message>
    <message>
        <source>Choose at least two classes to train on.</source>
        <translation>Choisissez au moins deux classes pour l&apos;entraînement.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The L1 penalty is only available for the neural network.</source>
        <translation>La pénalité L1 n&apos;existe que pour le réseau de neurones.</translation>
    </message>
    <message>
        <source>{text} is not a learning rate; separate rates with spaces or semicolons.</source>
        <translation>{text} n&apos;est pas un taux d&apos;apprentissage ; séparez les taux par des espaces ou des points-virgules.</translation>
    </message>
    <message>
        <source>Type one or more learning rates, separated by spaces.</source>
        <translation>Tapez un ou plusieurs taux d&apos;apprentissage, séparés par des espaces.</translation>
    </message>
    <message>
        <source>Unknown model {model}; choose one of {join}.</source>
        <extracomment>a kind&apos;s older names (read from old files, never written) → its name</extracomment>
        <translation>Modèle inconnu {model} ; choisissez parmi {join}.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Unknown data source {kind}; choose one of {join}.</source>
        <extracomment>The share of each class held out for testing when the data bring no test set (the same for the command line and the app). Toy 2-D sets hold out nothing by default: four points cannot spare a test set. Photos are squashed to 64×64 colour unless the source or the user says otherwise.</extracomment>
        <translation>Source de données inconnue {kind} ; choisissez parmi {join}.</translation>
    </message>
    <message>
        <source>The test fraction must be at least 0 and below 1, not {test_fraction}.</source>
        <translation>La part de test doit être d&apos;au moins 0 et inférieure à 1, pas {test_fraction}.</translation>
    </message>
    <message>
        <source>folders {names}</source>
        <translation>dossiers {names}</translation>
    </message>
    <message>
        <source>{title} from {folder}</source>
        <translation>{title} depuis {folder}</translation>
    </message>
    <message>
        <source>the {name} sample</source>
        <translation>l&apos;exemple {name}</translation>
    </message>
    <message>
        <source>the {name} set</source>
        <translation>le jeu {name}</translation>
    </message>
    <message>
        <source>Two classes are named {name}; give each class one name.</source>
        <translation>Deux classes s&apos;appellent {name} ; donnez à chaque classe son propre nom.</translation>
    </message>
    <message>
        <source>The folder {folder} is given more than once; each folder may be used once.</source>
        <translation>Le dossier {folder} est donné plusieurs fois ; chaque dossier ne peut servir qu&apos;une fois.</translation>
    </message>
    <message>
        <source>The {title} data set has no option {key}; it takes {join}.</source>
        <translation>Le jeu {title} n&apos;a pas d&apos;option {key} ; il accepte {join}.</translation>
    </message>
    <message>
        <source>Unknown toy set {name}; choose one of {join}.</source>
        <extracomment>Training settings recommended per source and model (keys of TrainingSettings). Fashion-MNIST&apos;s network: the tutorial&apos;s 50 sigmoid units on 25 minibatches, standardised (train 93.4 %, test 87.9 % at 300 epochs).</extracomment>
        <translation>Jeu jouet inconnu {name} ; choisissez parmi {join}.</translation>
    </message>
    <message>
        <source>Give one folder for {title}.</source>
        <translation>Donnez un dossier pour {title}.</translation>
    </message>
    <message>
        <source>{images} excluded by you</source>
        <translation>{images} exclues par vous</translation>
    </message>
    <message>
        <source>Excluding these images would leave no training images of {join}; include some of them again.</source>
        <translation>Exclure ces images ne laisserait aucune image d&apos;entraînement de {join} ; réintégrez-en quelques-unes.</translation>
    </message>
    <message>
        <source>Unknown sample {name}; the samples are: {join}.</source>
        <translation>Exemple inconnu {name} ; les exemples sont : {join}.</translation>
    </message>
    <message>
        <source>Give a folder of images: one folder per class, or one folder whose subfolders are the classes.</source>
        <translation>Donnez un dossier d&apos;images : un dossier par classe, ou un dossier dont les sous-dossiers sont les classes.</translation>
    </message>
</context>
<context>
    <name>Toy</name>
    <message>
        <source>Unknown logic gate {name}; choose one of {join}.</source>
        <extracomment>Each gate&apos;s output for the rows of :data:`GATE_INPUTS`. Recommended settings per gate and model (keyword arguments of the estimators). Logistic regression reaches 100 % on AND and OR with these and stays at 50 % on XOR (its best line through the four points gives every one probability 0.5). The network&apos;s settings solve all three with a hidden layer of 4 when its initial weights are of order 1/√fan-in; weights of order 0.01 leave XOR stuck on a plateau. Full-batch steps: on the four corners that is what a batch of 4 was, and jittered copies (1,000 points) still train in a second instead of 40 with batches of 4.</extracomment>
        <translation>Porte logique inconnue {name} ; choisissez parmi {join}.</translation>
    </message>
    <message>
        <source>the {gate} gate: the four corners (0,0), (0,1), (1,0), (1,1); more points add noisy copies of the corners</source>
        <extracomment>A gate&apos;s description; {gate} is its title, filled in where it is shown (ToySet.describe)</extracomment>
        <translation>la porte {gate} : les quatre coins (0,0), (0,1), (1,0), (1,1) ; davantage de points ajoutent des copies bruitées des coins</translation>
    </message>
    <message>
        <source>Blobs</source>
        <extracomment>The toy data sets by the name the CLI and the app use. Settings measured with lrgui.core (see tests/test_toy.py for what each must reach).</extracomment>
        <translation>Nuages</translation>
    </message>
    <message>
        <source>round clouds around points on the unit circle, one per class</source>
        <translation>des nuages ronds autour de points du cercle unité, un par classe</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>a ring of radius 1 around a ring of radius 0.5</source>
        <translation>un anneau de rayon 1 autour d&apos;un anneau de rayon 0,5</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>two interleaving half circles</source>
        <translation>deux demi-cercles imbriqués</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>two interleaved spiral arms of one and a half turns</source>
        <translation>deux bras de spirale entrelacés d&apos;un tour et demi</translation>
    </message>
    <message>
        <source>Unknown model {model}; choose one of {join}.</source>
        <extracomment>The recommended settings of every toy set: name → {&quot;logistic&quot;: {...}, &quot;mlp&quot;: {...}}.</extracomment>
        <translation>Modèle inconnu {model} ; choisissez parmi {join}.</translation>
    </message>
    <message>
        <source>The number of points</source>
        <translation>Le nombre de points</translation>
    </message>
    <message>
        <source>The seed</source>
        <translation>La graine</translation>
    </message>
    <message>
        <source>The {title} data set has no option {unknown}; {allowed}.</source>
        <translation>Le jeu {title} n&apos;a pas d&apos;option {unknown} ; {allowed}.</translation>
    </message>
    <message>
        <source>The number of classes</source>
        <translation>Le nombre de classes</translation>
    </message>
    <message>
        <source>{points} points cannot make {chosen} classes; give at least one per class.</source>
        <translation>{points} points ne peuvent pas former {chosen} classes ; donnez-en au moins un par classe.</translation>
    </message>
    <message>
        <source>Unknown toy data set {name}; choose one of {join}.</source>
        <translation>Jeu jouet inconnu {name} ; choisissez parmi {join}.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {value}.</source>
        <translation>{what} doit être un nombre entier, pas {value}.</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}, not {value}.</source>
        <translation>{what} doit être compris entre {low} et {high}, pas {value}.</translation>
    </message>
    <message>
        <source>The noise must be a number between 0 and {max_noise}, not {value}.</source>
        <translation>Le bruit doit être un nombre entre 0 et {max_noise}, pas {value}.</translation>
    </message>
</context>
<context>
    <name>TrainedModel</name>
    <message>
        <source>This model&apos;s outputs overflow on these images (its weights are too large to give finite probabilities), so it cannot predict; retrain it or use another model.</source>
        <translation>Les sorties de ce modèle débordent sur ces images (ses poids sont trop grands pour donner des probabilités finies), il ne peut donc pas prédire ; réentraînez-le ou utilisez un autre modèle.</translation>
    </message>
    <message>
        <source>This model was not trained on images, so it cannot classify image files.</source>
        <translation>Ce modèle n&apos;a pas été entraîné sur des images, il ne peut donc pas classer des fichiers image.</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Cannot continue: the data loaded now differ from the model&apos;s (classes or image format); press Train to start a new model.</source>
        <extracomment>The snapshots of one run may take at most this much memory. the recorded cost is this many times the one before (&gt; 1.1), else None set when a Stop left the point it stopped at unmeasured (the model is the last recorded point): the iteration it stopped at, and the function that measures it and returns the whole run&apos;s result</extracomment>
        <translation>Impossible de continuer : les données chargées maintenant diffèrent de celles du modèle (classes ou format d&apos;image) ; appuyez sur Entraîner pour commencer un nouveau modèle.</translation>
    </message>
    <message>
        <source>Cannot continue from there: the model has no such recorded point.</source>
        <translation>Impossible de continuer à partir de là : le modèle n&apos;a pas de point enregistré de ce genre.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>n/a</source>
        <extracomment>What a value that does not exist (a precision when nothing was predicted as that class) reads as.</extracomment>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>always guessing {name} would score {percent}</source>
        <translation>toujours répondre {name} donnerait {percent}</translation>
    </message>
</context>
</TS>
